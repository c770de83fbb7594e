import { shallow } from 'zustand/shallow';
import { findTrack } from '../model/tape';
import type { MixtapeStore } from '../store/createMixtapeStore';
import { currentEntryId, upcomingEntryId, wantsToPlay } from '../store/selectors';
import type { MixtapeState } from '../store/types';
import { createDeck } from './deck';
import type { Player } from './player';
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

/**
 * Translates between the store and the audio: the store says what should be heard, the engine makes the
 * deck (deck.ts) play it and reports back position, ends and failures. The deck keeps at most three clips
 * alive: the current one, the next in the queue, preloaded so the tape runs on without a gap, and the one
 * the listener is reaching for (`reaching`), so that pressing its row only has to start it.
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
  const cueAhead = options.cueAhead ?? false;
  let ticker: ReturnType<typeof setInterval> | undefined;
  const stallLimits = options.stall ?? STALL_LIMITS;
  let watchdog = createStallWatchdog(stallLimits, 0, performance.now());

  const urlOf = (s: MixtapeState, entryId: string | undefined) => findTrack(s.tape, entryId)?.previewUrl;

  const deck = createDeck(
    player,
    {
      sourceOf: (entryId) => {
        const s = store.getState();
        const track = findTrack(s.tape, entryId);
        if (!track?.previewUrl || s.unavailable[entryId] !== undefined) return undefined;
        return track.format ? { url: track.previewUrl, format: track.format } : { url: track.previewUrl };
      },
      next: () => {
        const s = store.getState();
        const entryId = upcomingEntryId(s);
        return entryId === undefined ? undefined : { entryId, url: urlOf(s, entryId) };
      },
      wantsToPlay: () => wantsToPlay(store.getState()),
      loaded: (entryId, seconds) => store.getState().clipLoaded(entryId, seconds),
      started: (entryId) => store.getState().clipStarted(entryId),
      ended: (entryId) => store.getState().clipEnded(entryId),
      failed: (entryId, reason) => store.getState().clipFailed(entryId, reason),
      blocked: (entryId) => store.getState().playBlocked(entryId),
    },
    options.loadTimeoutMs ?? 20_000,
  );

  /** Looks at the current clip's clock through the watchdog and acts on what it finds. */
  const watchClock = () => {
    const s = store.getState();
    const entryId = deck.current();
    // A paused clip stands still by request.
    if (entryId === undefined || !wantsToPlay(s)) return;
    const position = deck.position();
    const now = performance.now();
    const duration = s.playback.duration;
    if (deck.firstLoad() || (duration > 0 && position >= duration - END_SLACK_S)) {
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
        deck.reload(watchdog.resumeAt());
        break;
      case 'give-up':
        deck.drop(entryId);
        s.clipFailed(entryId, STALLED_REASON);
        break;
      case 'waiting':
        break;
    }
  };

  const report = () => {
    const entryId = deck.current();
    if (entryId !== undefined && deck.isPlaying()) {
      store.getState().clipProgress(entryId, deck.position());
      const s = store.getState();
      // Repeat one plays the same clip again: there is no next clip to fade into.
      deck.crossfade(s.queue.repeat === 'one' ? 0 : s.playback.crossfade, s.playback.duration);
    }
    watchClock();
  };

  const applyPlayState = () => {
    const s = store.getState();
    if (deck.current() === undefined) return;
    if (wantsToPlay(s)) {
      deck.play();
      watchdog.restart(deck.position(), performance.now());
      if (ticker === undefined) ticker = setInterval(report, tickMs);
    } else {
      deck.pause();
      clearInterval(ticker);
      ticker = undefined;
      if (s.playback.status !== 'idle') report();
    }
  };

  const cueCurrent = () => {
    const s = store.getState();
    const id = currentEntryId(s);
    const url = urlOf(s, id);
    // Another entry, or a new take of this one: its clock is new.
    watchdog = createStallWatchdog(stallLimits, 0, performance.now());
    deck.cue(id === undefined ? undefined : { entryId: id, url }, wantsToPlay(s) || cueAhead);
    if (id !== undefined && deck.current() === undefined && url === '' && wantsToPlay(s)) {
      // A catalog track from a link whose details have not arrived: skip it like a missing clip.
      queueMicrotask(() => store.getState().clipFailed(id, AWAITING_REASON));
    }
    // Played first, so that loading the next clip does not stand between the press and the sound.
    applyPlayState();
    deck.preload();
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
      if (deck.current() === undefined) cueCurrent();
      else applyPlayState();
    }),
    store.subscribe(
      (s) => s.playback.seekRequest,
      (request) => {
        if (!request || deck.current() === undefined) return;
        deck.seek(request.to);
        watchdog.restart(request.to, performance.now());
      },
    ),
    store.subscribe(upcomingEntryId, deck.preload),
    // The row the listener is about to press: its clip loads now, so that the press only has to start it.
    store.subscribe(
      (s) => s.reaching,
      (entryId) =>
        deck.reach(entryId === null ? undefined : { entryId, url: urlOf(store.getState(), entryId) }),
    ),
    store.subscribe((s) => s.playback.volume, player.setVolume, { fireImmediately: true }),
    store.subscribe((s) => s.playback.muted, player.setMuted, { fireImmediately: true }),
  ];

  if (wantsToPlay(store.getState()) || cueAhead) cueCurrent();

  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    clearInterval(ticker);
    deck.dispose();
  };
}
