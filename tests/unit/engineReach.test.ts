import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAudioEngine } from '../../src/audio/engine';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import { currentEntryId } from '../../src/store/selectors';
import { createFakePlayer, type FakeClip, type FakePlayer } from '../support/fakePlayer';
import { makeTape } from '../support/tapes';

// Reaching for a row (the pointer or focus resting on its play button, see platform/reachWatcher.ts)
// loads its clip ahead of the press, so that pressing the row only has to start it (issue 19).

let store: MixtapeStore;
let player: FakePlayer;
let stopEngine: () => void;
const state = () => store.getState();
const url = (n: number) => `/clips/t${n}.mp3`;
const clip = (n: number): FakeClip => {
  const found = player.clipFor(url(n));
  if (!found) throw new Error(`no live clip for t${n}`);
  return found;
};
const loadsOf = (n: number) => player.clips.filter((c) => c.source.url === url(n)).length;

const start = (cueAhead: boolean) => {
  store = createMixtapeStore({ tape: makeTape(8, 4), seed: 3 });
  player = createFakePlayer();
  stopEngine = startAudioEngine(store, player, { tickMs: 250, loadTimeoutMs: 5000, cueAhead });
};

beforeEach(() => {
  vi.useFakeTimers();
  start(true);
});

afterEach(() => {
  stopEngine();
  vi.useRealTimers();
});

/** Plays the first track until its next one has preloaded: the deck holds t1 and t2. */
const playing = () => {
  clip(1).finishLoading(20);
  state().play();
  clip(2).finishLoading(20);
};

describe('reaching for a row', () => {
  it('loads its clip without playing it, and the press then starts that same clip at once', () => {
    playing();
    state().reachFor('t6');
    expect(loadsOf(6)).toBe(1);
    expect(clip(6).playCalls).toBe(0);
    expect(clip(1).isPlaying()).toBe(true);
    clip(6).finishLoading(20);
    expect(state().playback.status).toBe('playing');

    state().playTrack('t6');
    expect(loadsOf(6)).toBe(1);
    expect(clip(6).isPlaying()).toBe(true);
    expect(state().playback.status).toBe('playing');
    expect(player.clipFor(url(1))).toBeUndefined();
  });

  it('pressed before its clip is in, the clip plays as soon as it arrives, loaded once', () => {
    playing();
    state().reachFor('t5');
    state().playTrack('t5');
    expect(state().playback.status).toBe('loading');
    clip(5).finishLoading(20);
    expect(clip(5).isPlaying()).toBe(true);
    expect(loadsOf(5)).toBe(1);
  });

  it('reaching for another row lets the first one go; reaching for nothing keeps it', () => {
    playing();
    state().reachFor('t5');
    state().reachFor(null);
    expect(clip(5).unloaded).toBe(false);
    state().reachFor('t7');
    expect(player.clips.find((c) => c.source.url === url(5))?.unloaded).toBe(true);
    expect(loadsOf(7)).toBe(1);
    expect(player.liveClips()).toBe(3);
  });

  it('reaching for the current or the next track loads nothing more', () => {
    playing();
    const before = player.clips.length;
    state().reachFor('t1');
    state().reachFor('t2');
    expect(player.clips.length).toBe(before);
  });

  it('a reached clip that becomes the next one is taken over, not loaded again', () => {
    playing();
    state().reachFor('t3');
    clip(3).finishLoading(20);
    // Playing t2 makes t3 the next one: the deck preloads it from the reached clip.
    state().next();
    expect(loadsOf(3)).toBe(1);
    clip(2).end();
    expect(currentEntryId(state())).toBe('t3');
    expect(clip(3).isPlaying()).toBe(true);
    expect(loadsOf(3)).toBe(1);
  });

  it('a reached clip that fails says nothing; pressing the row loads it again and says what it finds', () => {
    playing();
    state().reachFor('t6');
    clip(6).failToLoad('the clip is missing');
    expect(player.clipFor(url(6))).toBeUndefined();
    expect(state().unavailable.t6).toBeUndefined();
    expect(state().messages).toEqual([]);

    state().playTrack('t6');
    expect(loadsOf(6)).toBe(2);
    clip(6).failToLoad('the clip is missing');
    expect(state().unavailable.t6).toBe('the clip is missing');
  });

  it('a row reached for before the first Play loads, and pressing it plays it without loading again', () => {
    clip(1).finishLoading(20);
    state().reachFor('t4');
    expect(clip(4).playCalls).toBe(0);
    expect(state().playback.status).toBe('idle');
    clip(4).finishLoading(20);
    state().playTrack('t4');
    expect(clip(4).isPlaying()).toBe(true);
    expect(loadsOf(4)).toBe(1);
  });

  it('a stopped engine lets the reached clip go too', () => {
    playing();
    state().reachFor('t6');
    stopEngine();
    stopEngine = () => {};
    expect(player.liveClips()).toBe(0);
  });
});

type Step =
  | { readonly kind: 'reach'; readonly n: number | null }
  | { readonly kind: 'press'; readonly n: number }
  | { readonly kind: 'next' }
  | { readonly kind: 'load' }
  | { readonly kind: 'end' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('reach' as const),
    n: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('press' as const), n: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('next' as const) }),
  fc.record({ kind: fc.constant('load' as const) }),
  fc.record({ kind: fc.constant('end' as const) }),
);

describe('whatever the listener reaches for and presses', () => {
  it('at most three clips are alive, only the current one ever plays, and each press plays its own clip', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        stopEngine();
        start(true);
        state().play();
        for (const s of steps) {
          if (s.kind === 'reach') state().reachFor(s.n === null ? null : `t${s.n}`);
          else if (s.kind === 'press') state().playTrack(`t${s.n}`);
          else if (s.kind === 'next') state().next();
          else if (s.kind === 'end') {
            const id = currentEntryId(state());
            const current = id === undefined ? undefined : player.clipFor(url(Number(id.slice(1))));
            if (current?.isPlaying()) current.end();
          } else for (const c of player.live()) if (!c.isLoaded()) c.finishLoading(20);
          expect(player.liveClips()).toBeLessThanOrEqual(3);
          const sounding = player.live().filter((c) => c.isPlaying());
          expect(sounding.length).toBeLessThanOrEqual(1);
          const id = currentEntryId(state());
          for (const c of sounding) expect(c.source.url).toBe(url(Number(id?.slice(1))));
          if (s.kind === 'press') {
            // The pressed row's clip is alive, loaded once since the press or reached for before it.
            expect(player.clipFor(url(s.n))).toBeDefined();
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
