import { shallow } from 'zustand/shallow';
import { findTrack } from '../model/tape';
import type { MixtapeStore } from '../store/createMixtapeStore';
import { currentEntryId, upcomingEntryId, wantsToPlay } from '../store/selectors';
import type { MixtapeState } from '../store/types';
import type { Clip, Player } from './player';
import { createStallWatchdog, STALL_LIMITS, type StallLimits } from './stallWatchdog';

export interface EngineOptions {
  /** How often the playing clip's position is reported to the store. */
  readonly tickMs?: number;
  /** A clip wanted for playing that has not loaded by then is treated as broken. */
  readonly loadTimeoutMs?: number;
  /** How long a clip wanted playing may stand still before the deck says so, reloads it, gives it up. */
  readonly stall?: StallLimits;
  /**
   * Load the current clip before the first Play, without playing it, so that the press only starts it.
   * Nothing else is fetched before that press: the next clip waits until the current one sounds.
   */
  readonly cueAhead?: boolean;
}

const AWAITING_REASON = 'it is still waiting for its details from the catalog';
const STALLED_REASON = 'it stopped coming through, even after a retry';
/** Seconds from a clip's end within which a still clock is its `ended` about to come, not a stall. */
const END_SLACK_S = 0.5;

interface Loaded {
  readonly entryId: string;
  readonly url: string;
  readonly clip: Clip;
}

/**
 * Translates between the store and the audio: the store says what should be heard, the engine makes
 * it so and reports back position, ends and failures. It keeps at most two clips alive, the current
 * one and the next in the queue (preloaded so the tape runs on without a gap), and unloads the rest.
 *
 * While the tape should run, a stall watchdog (stallWatchdog.ts) looks at the current clip's clock at each
 * tick: a clip that stands still is reported stalled, reloaded once to carry on from where it stood, and
 * then given up like a clip that failed to load. A clip before its first load is left to the load timeout.
 */
export function startAudioEngine(
  store: MixtapeStore,
  player: Player,
  options: EngineOptions = {},
): () => void {
  const tickMs = options.tickMs ?? 250;
  const loadTimeoutMs = options.loadTimeoutMs ?? 20_000;
  const cueAhead = options.cueAhead ?? false;
  /** Play has been asked for at least once: from then on the next clip is preloaded too. */
  let asked = false;
  let current: Loaded | null = null;
  let upcoming: Loaded | null = null;
  /** The upcoming clip, already started and fading in over the end of the current one. */
  let fadingIn: Loaded | null = null;
  let ticker: ReturnType<typeof setInterval> | undefined;
  let loadTimer: ReturnType<typeof setTimeout> | undefined;
  const stallLimits = options.stall ?? STALL_LIMITS;
  let watchdog = createStallWatchdog(stallLimits, 0, performance.now());
  /** A stalled clip loaded afresh: once in, it is moved back to where the stalled one stood, then played. */
  let reloaded: { clip: Clip; at: number } | null = null;
  /**
   * Clips that have loaded once. isLoaded() is not enough to tell a first load: howler goes back to loading
   * while a play after a seek waits for data there, which is just when a stalled server leaves it waiting.
   */
  const loadedOnce = new WeakSet<Clip>();

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
          loadedOnce.add(clip);
          clipLoaded(entryId, duration);
          if (current?.clip === clip) {
            clearTimeout(loadTimer);
            if (reloaded?.clip === clip) resumeReloaded(reloaded.at);
            preloadUpcoming();
          }
        },
        onLength: (seconds) => {
          if (isLive(entryId, clip)) clipLoaded(entryId, seconds);
        },
        onPlay: () => {
          if (current?.clip !== clip) return;
          clipStarted(entryId);
          // The next clip loads once this one sounds, out of the way of the press that started it.
          preloadUpcoming();
        },
        onEnd: () => {
          if (current?.clip === clip) clipEnded(entryId);
        },
        onLoadError: (reason) => {
          if (!isLive(entryId, clip)) return;
          // A clip cued ahead of Play fails quietly: the press loads it again and says what it finds.
          const cued = current?.clip === clip && !wantsToPlay(store.getState());
          drop(entryId);
          if (!cued) clipFailed(entryId, reason);
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
    if (wanted !== undefined && !upcoming && asked && current?.clip.isLoaded()) upcoming = load(wanted);
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

  /**
   * Seeks the reloaded clip, now in, to where the stalled one stood, then plays it. Seeking a clip that has
   * loaded and not yet played is the move howler takes as where to play from (as for a preloaded clip).
   */
  const resumeReloaded = (at: number) => {
    if (!current) return;
    reloaded = null;
    current.clip.seek(at);
    if (wantsToPlay(store.getState())) current.clip.play();
  };

  /** Loads the stalled current clip afresh, in place of the old one, to carry on from `at` seconds. */
  const reloadCurrent = (at: number) => {
    if (!current) return;
    cancelCrossfade();
    const { entryId } = current;
    current.clip.unload();
    current = load(entryId);
    reloaded = current ? { clip: current.clip, at } : null;
  };

  /** Looks at the current clip's clock through the watchdog and acts on what it finds. */
  const watchClock = () => {
    const s = store.getState();
    // A paused clip stands still by request.
    if (!current || !wantsToPlay(s)) return;
    const { entryId, clip } = current;
    const position = clip.position();
    const now = performance.now();
    const duration = s.playback.duration;
    const firstLoad = !loadedOnce.has(clip) && reloaded?.clip !== clip;
    if (firstLoad || (duration > 0 && position >= duration - END_SLACK_S)) {
      watchdog.restart(position, now);
      return;
    }
    // Checked here, so that the verdicts repeated at every tick do not wake every store subscriber.
    const stalled = s.playback.status === 'stalled';
    switch (watchdog.check(position, now)) {
      case 'advancing':
        if (stalled) s.clipResumed(entryId);
        break;
      case 'stalled':
        if (!stalled) s.clipStalled(entryId);
        break;
      case 'retry':
        if (!stalled) s.clipStalled(entryId);
        reloadCurrent(watchdog.resumeAt());
        break;
      case 'give-up':
        drop(entryId);
        s.clipFailed(entryId, STALLED_REASON);
        break;
      case 'waiting':
        break;
    }
  };

  const report = () => {
    if (current?.clip.isPlaying()) {
      store.getState().clipProgress(current.entryId, current.clip.position());
      maybeCrossfade();
    }
    watchClock();
  };

  const applyPlayState = () => {
    const s = store.getState();
    if (!current) return;
    if (wantsToPlay(s)) {
      asked = true;
      // A reloaded clip plays once it is in and has been moved back to where it stood.
      if (reloaded?.clip !== current.clip) current.clip.play();
      armLoadTimeout();
      watchdog.restart(current.clip.position(), performance.now());
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
    // Another entry, or a new take of this one: its clock, and its one retry, are new.
    reloaded = null;
    watchdog = createStallWatchdog(stallLimits, 0, performance.now());
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
        // A preloaded clip stands at its top already; moving it there anyway is a seek, with its wait for
        // data, between Next and the sound.
        else if (current.clip.position() !== 0) current.clip.seek(0);
      } else if (id !== undefined && (wantsToPlay(s) || cueAhead)) {
        current = load(id);
        if (!current && url === '' && wantsToPlay(s)) {
          // A catalog track from a link whose details have not arrived: skip it like a missing clip.
          queueMicrotask(() => store.getState().clipFailed(id, AWAITING_REASON));
        }
      }
    }
    // Played first, so that loading the next clip does not stand between the press and the sound.
    applyPlayState();
    preloadUpcoming();
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
      // Without cueAhead nothing is fetched until the user first asks to play.
      if (!current) cueCurrent();
      else applyPlayState();
    }),
    store.subscribe(
      (s) => s.playback.seekRequest,
      (request) => {
        if (!request || !current) return;
        cancelCrossfade();
        if (reloaded?.clip === current.clip) reloaded.at = request.to;
        else current.clip.seek(request.to);
        watchdog.restart(request.to, performance.now());
      },
    ),
    store.subscribe(upcomingEntryId, preloadUpcoming),
    store.subscribe((s) => s.playback.volume, player.setVolume, { fireImmediately: true }),
    store.subscribe((s) => s.playback.muted, player.setMuted, { fireImmediately: true }),
  ];

  if (wantsToPlay(store.getState()) || cueAhead) cueCurrent();

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
