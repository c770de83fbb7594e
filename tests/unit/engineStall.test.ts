import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAudioEngine } from '../../src/audio/engine';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import { currentEntryId } from '../../src/store/selectors';
import { createFakePlayer, type FakeClip, type FakePlayer } from '../support/fakePlayer';
import { makeTape } from '../support/tapes';

// The stall watchdog as the engine runs it (stallWatchdog.ts): 4 s standing still to say so, 4 s more to
// reload once, as long again for the reload to move on. The fake clip's clock only moves when told to.
let store: MixtapeStore;
let player: FakePlayer;
let stopEngine: () => void;
const state = () => store.getState();
const clip = (n: number): FakeClip => {
  const found = player.clipFor(`/clips/t${n}.mp3`);
  if (!found) throw new Error(`no live clip for t${n}`);
  return found;
};
const loadsOf = (n: number) => player.clips.filter((c) => c.source.url === `/clips/t${n}.mp3`).length;

/** Plays `seconds` of clip `n` in real time, a tick at a time. */
const playFor = (n: number, seconds: number) => {
  for (let t = 0; t < seconds * 1000; t += 250) {
    clip(n).advance(0.25);
    vi.advanceTimersByTime(250);
  }
};

beforeEach(() => {
  vi.useFakeTimers();
  store = createMixtapeStore({ tape: makeTape(5, 3), seed: 3 });
  player = createFakePlayer();
  stopEngine = startAudioEngine(store, player, { tickMs: 250, loadTimeoutMs: 5000 });
});

afterEach(() => {
  stopEngine();
  vi.useRealTimers();
});

describe('a clip that stops advancing while it should play', () => {
  beforeEach(() => {
    state().play();
    clip(1).finishLoading(22);
    playFor(1, 13);
    expect(state().playback.status).toBe('playing');
  });

  it('says so within 5 s: the deck stops claiming playing', () => {
    vi.advanceTimersByTime(3750);
    expect(state().playback.status).toBe('playing');
    vi.advanceTimersByTime(1250);
    expect(state().playback.status).toBe('stalled');
    expect(state().playback.position).toBeCloseTo(13);
  });

  it('moving on again before the retry puts the deck back to playing, on the same clip', () => {
    vi.advanceTimersByTime(5000);
    expect(state().playback.status).toBe('stalled');
    playFor(1, 1);
    expect(state().playback.status).toBe('playing');
    expect(loadsOf(1)).toBe(1);
  });

  it('is reloaded once, and carries on from where it stood', () => {
    const stalled = clip(1);
    vi.advanceTimersByTime(8250);
    expect(stalled.unloaded).toBe(true);
    expect(loadsOf(1)).toBe(2);
    const reloaded = clip(1);
    expect(reloaded.isPlaying()).toBe(false);
    expect(state().playback.status).toBe('stalled');
    reloaded.finishLoading(22);
    expect(reloaded.position()).toBeCloseTo(13);
    expect(reloaded.isPlaying()).toBe(true);
    playFor(1, 1);
    expect(state().playback.status).toBe('playing');
    expect(state().playback.position).toBeCloseTo(14);
    expect(state().unavailable).toEqual({});
  });

  it('a seek while the reload is in carries on from where the listener asked', () => {
    vi.advanceTimersByTime(8250);
    expect(loadsOf(1)).toBe(2);
    state().seek(4);
    clip(1).finishLoading(22);
    expect(clip(1).position()).toBe(4);
    expect(clip(1).isPlaying()).toBe(true);
  });

  it('after the retry stands still too, is marked unavailable with a message naming it, and the tape moves on', () => {
    vi.advanceTimersByTime(8250);
    clip(1).finishLoading(22);
    vi.advanceTimersByTime(8000);
    expect(state().unavailable.t1).toMatch(/stopped coming through/);
    expect(state().messages.at(-1)?.text).toBe(
      "Couldn't play “Song 1” by Artist 1: it stopped coming through, even after a retry. Skipping to the next track.",
    );
    expect(player.clipFor('/clips/t1.mp3')).toBeUndefined();
    expect(currentEntryId(state())).toBe('t2');
    clip(2).finishLoading(20);
    expect(clip(2).isPlaying()).toBe(true);
    expect(state().playback.status).toBe('playing');
  });

  it('a reload that loads and then waits for data where it was moved to is given up the same way', () => {
    vi.advanceTimersByTime(8250);
    clip(1).finishLoading(22);
    clip(1).waitForData();
    vi.advanceTimersByTime(8000);
    expect(state().unavailable.t1).toMatch(/stopped coming through/);
    expect(currentEntryId(state())).toBe('t2');
  });

  it('waiting for data where a seek took it is watched as well (howler is back to loading there)', () => {
    state().seek(18);
    clip(1).waitForData();
    vi.advanceTimersByTime(4250);
    expect(state().playback.status).toBe('stalled');
    vi.advanceTimersByTime(4000);
    expect(loadsOf(1)).toBe(2);
    clip(1).finishLoading(22);
    expect(clip(1).position()).toBe(18);
  });

  it('a reload that never loads is given up the same way', () => {
    vi.advanceTimersByTime(8250 + 8000);
    expect(state().unavailable.t1).toMatch(/stopped coming through/);
    expect(currentEntryId(state())).toBe('t2');
  });

  it('a reload that replays only a fraction of a second is not reloaded again', () => {
    vi.advanceTimersByTime(8250);
    clip(1).finishLoading(22);
    playFor(1, 0.25);
    vi.advanceTimersByTime(8000);
    expect(loadsOf(1)).toBe(2);
    expect(state().unavailable.t1).toBeDefined();
  });
});

describe('the watchdog leaves alone', () => {
  beforeEach(() => {
    state().play();
  });

  it('a slow clip that keeps advancing, however long it takes', () => {
    clip(1).finishLoading(600);
    // A second of audio, then 3.5 s waiting for more, for two minutes.
    for (let i = 0; i < 27; i += 1) {
      playFor(1, 1);
      vi.advanceTimersByTime(3500);
    }
    expect(state().playback.status).toBe('playing');
    expect(loadsOf(1)).toBe(1);
  });

  it('a slow clip that stalls for longer between bursts, shown as buffering, never given up', () => {
    clip(1).finishLoading(600);
    for (let i = 0; i < 10; i += 1) {
      playFor(1, 2);
      vi.advanceTimersByTime(6000);
      expect(state().playback.status).toBe('stalled');
    }
    playFor(1, 1);
    expect(state().playback.status).toBe('playing');
    expect(state().unavailable).toEqual({});
  });

  it('a paused clip', () => {
    clip(1).finishLoading(22);
    playFor(1, 3);
    state().pause();
    vi.advanceTimersByTime(60_000);
    expect(state().playback.status).toBe('paused');
    expect(loadsOf(1)).toBe(1);
    // Play again: the wait starts from the press, not from when the clip last moved.
    state().play();
    vi.advanceTimersByTime(3750);
    expect(state().playback.status).not.toBe('stalled');
  });

  it('a pause that lands between two seldom ticks (a tab in the background)', () => {
    stopEngine();
    stopEngine = startAudioEngine(store, player, { tickMs: 3000, loadTimeoutMs: 5000 });
    const slow = clip(1);
    slow.finishLoading(22);
    vi.advanceTimersByTime(6000);
    expect(state().playback.status).toBe('stalled');
    vi.advanceTimersByTime(2500);
    state().pause();
    expect(clip(1)).toBe(slow);
    expect(state().playback.status).toBe('paused');
  });

  it('a seek in progress: each seek starts the wait afresh', () => {
    clip(1).finishLoading(22);
    playFor(1, 5);
    vi.advanceTimersByTime(3000);
    state().seek(2);
    vi.advanceTimersByTime(3000);
    state().seek(1);
    vi.advanceTimersByTime(3000);
    expect(state().playback.status).toBe('playing');
    expect(loadsOf(1)).toBe(1);
  });

  it('the end of a clip', () => {
    clip(1).finishLoading(22);
    playFor(1, 22);
    vi.advanceTimersByTime(20_000);
    expect(state().playback.status).toBe('playing');
    expect(loadsOf(1)).toBe(1);
  });

  it('a clip still loading before its first play: the load timeout judges it', () => {
    vi.advanceTimersByTime(4750);
    expect(state().playback.status).toBe('loading');
    expect(loadsOf(1)).toBe(1);
    vi.advanceTimersByTime(250);
    expect(state().unavailable.t1).toBe('it took too long to load');
  });
});
