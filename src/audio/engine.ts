import { shallow } from 'zustand/shallow';
import { findTrack } from '../model/tape';
import type { MixtapeStore } from '../store/createMixtapeStore';
import { currentEntryId, upcomingEntryId, wantsToPlay } from '../store/selectors';
import type { MixtapeState } from '../store/types';
import type { Clip, Player } from './player';

export interface EngineOptions {
  /** How often the playing clip's position is reported to the store. */
  readonly tickMs?: number;
  /** A clip wanted for playing that has not loaded by then is treated as broken. */
  readonly loadTimeoutMs?: number;
}

const AWAITING_REASON = 'it is still waiting for its details from the catalog';

interface Loaded {
  readonly entryId: string;
  readonly url: string;
  readonly clip: Clip;
}

/**
 * Translates between the store and the audio: the store says what should be heard, the engine makes
 * it so and reports back position, ends and failures. It keeps at most two clips alive, the current
 * one and the next in the queue (preloaded so the tape runs on without a gap), and unloads the rest.
 */
export function startAudioEngine(
  store: MixtapeStore,
  player: Player,
  options: EngineOptions = {},
): () => void {
  const tickMs = options.tickMs ?? 250;
  const loadTimeoutMs = options.loadTimeoutMs ?? 20_000;
  let current: Loaded | null = null;
  let upcoming: Loaded | null = null;
  /** The upcoming clip, already started and fading in over the end of the current one. */
  let fadingIn: Loaded | null = null;
  let ticker: ReturnType<typeof setInterval> | undefined;
  let loadTimer: ReturnType<typeof setTimeout> | undefined;

  const urlOf = (s: MixtapeState, entryId: string | undefined) => findTrack(s.tape, entryId)?.previewUrl;

  const isLive = (entryId: string, clip: Clip) =>
    (current?.entryId === entryId && current.clip === clip) ||
    (upcoming?.entryId === entryId && upcoming.clip === clip);

  const load = (entryId: string): Loaded | null => {
    const s = store.getState();
    const track = findTrack(s.tape, entryId);
    if (!track?.previewUrl || s.unavailable[entryId] !== undefined) return null;
    const { clipLoaded, clipStarted, clipEnded, clipFailed, playBlocked } = s;
    const clip: Clip = player.load(
      track.format ? { url: track.previewUrl, format: track.format } : { url: track.previewUrl },
      {
        onLoad: (duration) => {
          if (!isLive(entryId, clip)) return;
          clipLoaded(entryId, duration);
          if (current?.clip === clip) {
            clearTimeout(loadTimer);
            preloadUpcoming();
          }
        },
        onLength: (seconds) => {
          if (isLive(entryId, clip)) clipLoaded(entryId, seconds);
        },
        onPlay: () => {
          if (current?.clip === clip) clipStarted(entryId);
        },
        onEnd: () => {
          if (current?.clip === clip) clipEnded(entryId);
        },
        onLoadError: (reason) => {
          if (!isLive(entryId, clip)) return;
          drop(entryId);
          clipFailed(entryId, reason);
        },
        onPlayError: () => {
          if (current?.clip === clip) playBlocked(entryId);
        },
      },
    );
    return { entryId, url: track.previewUrl, clip };
  };

  const drop = (entryId: string) => {
    if (current?.entryId === entryId) {
      current.clip.unload();
      current = null;
      clearTimeout(loadTimer);
    }
    if (upcoming?.entryId === entryId) {
      if (fadingIn === upcoming) fadingIn = null;
      upcoming.clip.unload();
      upcoming = null;
    }
  };

  /** Starts the next clip under the end of this one, when a crossfade is set and the next is ready. */
  const maybeCrossfade = () => {
    const s = store.getState();
    const seconds = s.playback.crossfade;
    if (
      seconds <= 0 ||
      fadingIn ||
      !current ||
      !upcoming ||
      !upcoming.clip.isLoaded() ||
      s.queue.repeat === 'one'
    )
      return;
    const remaining = s.playback.duration - current.clip.position();
    if (remaining > seconds || remaining <= 0) return;
    const ms = Math.round(remaining * 1000);
    fadingIn = upcoming;
    upcoming.clip.seek(0);
    upcoming.clip.setVolume(0);
    upcoming.clip.play();
    upcoming.clip.fade(0, 1, ms);
    current.clip.fade(1, 0, ms);
  };

  /** A pause or a seek mid-fade puts both clips back as they were. */
  const cancelCrossfade = () => {
    if (!fadingIn) return;
    fadingIn.clip.pause();
    fadingIn.clip.seek(0);
    fadingIn.clip.setVolume(1);
    current?.clip.setVolume(1);
    fadingIn = null;
  };

  const preloadUpcoming = () => {
    const s = store.getState();
    const id = upcomingEntryId(s);
    const wanted = id !== undefined && id !== current?.entryId ? id : undefined;
    if (upcoming && (upcoming.entryId !== wanted || upcoming.url !== urlOf(s, wanted))) {
      if (fadingIn === upcoming) fadingIn = null;
      upcoming.clip.unload();
      upcoming = null;
    }
    if (wanted !== undefined && !upcoming && current?.clip.isLoaded()) upcoming = load(wanted);
  };

  const armLoadTimeout = () => {
    clearTimeout(loadTimer);
    const watched = current;
    if (!watched || watched.clip.isLoaded()) return;
    loadTimer = setTimeout(() => {
      if (current === watched && !watched.clip.isLoaded() && wantsToPlay(store.getState())) {
        drop(watched.entryId);
        store.getState().clipFailed(watched.entryId, 'it took too long to load');
      }
    }, loadTimeoutMs);
  };

  const report = () => {
    if (!current?.clip.isPlaying()) return;
    store.getState().clipProgress(current.entryId, current.clip.position());
    maybeCrossfade();
  };

  const applyPlayState = () => {
    const s = store.getState();
    if (!current) return;
    if (wantsToPlay(s)) {
      current.clip.play();
      armLoadTimeout();
      if (ticker === undefined) ticker = setInterval(report, tickMs);
    } else {
      cancelCrossfade();
      current.clip.pause();
      clearTimeout(loadTimer);
      clearInterval(ticker);
      ticker = undefined;
      if (s.playback.status !== 'idle') report();
    }
  };

  const cueCurrent = () => {
    const s = store.getState();
    const id = currentEntryId(s);
    const url = urlOf(s, id);
    if (current && current.entryId === id && current.url === url) {
      // Same entry, new take: start it again from the top.
      current.clip.seek(0);
    } else {
      current?.clip.unload();
      current = null;
      clearTimeout(loadTimer);
      if (id !== undefined && upcoming?.entryId === id && upcoming.url === url) {
        current = upcoming;
        upcoming = null;
        // A clip that faded in is already under way: carry on from where it is.
        if (fadingIn === current) fadingIn = null;
        else current.clip.seek(0);
      } else if (id !== undefined && wantsToPlay(s)) {
        current = load(id);
        if (!current && url === '') {
          // A catalog track from a link whose details have not arrived: skip it like a missing clip.
          queueMicrotask(() => store.getState().clipFailed(id, AWAITING_REASON));
        }
      }
    }
    preloadUpcoming();
    applyPlayState();
  };

  const unsubscribers = [
    store.subscribe(
      (s) => [currentEntryId(s), urlOf(s, currentEntryId(s)), s.playback.take] as const,
      cueCurrent,
      {
        equalityFn: shallow,
      },
    ),
    store.subscribe(wantsToPlay, () => {
      // Nothing is fetched until the user first asks to play: no page starts loading audio by itself.
      if (!current) cueCurrent();
      else applyPlayState();
    }),
    store.subscribe(
      (s) => s.playback.seekRequest,
      (request) => {
        if (!request || !current) return;
        cancelCrossfade();
        current.clip.seek(request.to);
      },
    ),
    store.subscribe(upcomingEntryId, preloadUpcoming),
    store.subscribe((s) => s.playback.volume, player.setVolume, { fireImmediately: true }),
    store.subscribe((s) => s.playback.muted, player.setMuted, { fireImmediately: true }),
  ];

  if (wantsToPlay(store.getState())) cueCurrent();

  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    clearInterval(ticker);
    clearTimeout(loadTimer);
    current?.clip.unload();
    upcoming?.clip.unload();
    current = null;
    upcoming = null;
  };
}
