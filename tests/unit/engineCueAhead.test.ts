import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAudioEngine } from '../../src/audio/engine';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import { currentEntryId } from '../../src/store/selectors';
import { createFakePlayer, type FakeClip, type FakePlayer } from '../support/fakePlayer';
import { makeTape, makeTrack } from '../support/tapes';

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

beforeEach(() => {
  vi.useFakeTimers();
  store = createMixtapeStore({ tape: makeTape(5, 3), seed: 3 });
  player = createFakePlayer();
  stopEngine = startAudioEngine(store, player, { tickMs: 250, loadTimeoutMs: 5000, cueAhead: true });
});

afterEach(() => {
  stopEngine();
  vi.useRealTimers();
});

describe('cueing ahead (the first clip loads before Play, so the press only starts it)', () => {
  it('loads the current clip and nothing else before Play, and plays nothing', () => {
    clip(1).finishLoading(20);
    vi.advanceTimersByTime(10_000);
    expect(player.clips.map((c) => c.source.url)).toEqual(['/clips/t1.mp3']);
    expect(clip(1).isPlaying()).toBe(false);
    expect(state().playback.status).toBe('idle');
    expect(state().playback.duration).toBe(20);
  });

  it('Play starts the clip already loaded, and the next one loads once it sounds', () => {
    clip(1).finishLoading(20);
    state().play();
    expect(clip(1).isPlaying()).toBe(true);
    expect(state().playback.status).toBe('playing');
    expect(loadsOf(1)).toBe(1);
    expect(player.clipFor('/clips/t2.mp3')).toBeDefined();
    expect(player.liveClips()).toBe(2);
  });

  it('Play before the cued clip is in plays it when it arrives', () => {
    state().play();
    expect(state().playback.status).toBe('loading');
    clip(1).finishLoading(20);
    expect(clip(1).isPlaying()).toBe(true);
    expect(loadsOf(1)).toBe(1);
  });

  it('a track chosen while stopped is cued in place of the first, which is let go', () => {
    clip(1).finishLoading(20);
    state().next();
    expect(currentEntryId(state())).toBe('t2');
    expect(player.clipFor('/clips/t1.mp3')).toBeUndefined();
    clip(2).finishLoading(20);
    expect(player.liveClips()).toBe(1);
    state().play();
    expect(clip(2).isPlaying()).toBe(true);
  });

  it('a clip cued ahead that fails says nothing until Play, which loads it again and reports it', () => {
    clip(1).failToLoad();
    expect(state().unavailable).toEqual({});
    expect(state().messages).toEqual([]);
    state().play();
    clip(1).failToLoad();
    expect(state().unavailable).toHaveProperty('t1');
    expect(state().messages.at(-1)?.text).toContain('Skipping to the next track');
    expect(currentEntryId(state())).toBe('t2');
  });

  it('after a Play, a clip cued while paused that fails is quiet too, until Play', () => {
    clip(1).finishLoading(20);
    state().play();
    state().pause();
    state().next();
    clip(2).failToLoad();
    expect(state().messages).toEqual([]);
    expect(state().unavailable).toEqual({});
  });

  it('a catalog track still waiting for its details is not given up before Play', async () => {
    stopEngine();
    const tape = { ...makeTape(3), tracks: [makeTrack(1, { previewUrl: '' }), makeTrack(2), makeTrack(3)] };
    store = createMixtapeStore({ tape, seed: 1 });
    player = createFakePlayer();
    stopEngine = startAudioEngine(store, player, { cueAhead: true });
    // The engine gives such a track up in a microtask, once asked to play it.
    await Promise.resolve();
    expect(state().unavailable).toEqual({});
    expect(player.clips).toHaveLength(0);
  });
});

describe('the preloaded next clip holds', () => {
  beforeEach(() => {
    clip(1).finishLoading(20);
    state().play();
    clip(2).finishLoading(20);
  });

  it('through seeks in the current clip: Next plays it with no new load', () => {
    const preloaded = clip(2);
    state().seek(12);
    state().seekBy(-10);
    expect(clip(2)).toBe(preloaded);
    state().next();
    expect(preloaded.isPlaying()).toBe(true);
    expect(loadsOf(2)).toBe(1);
  });

  it('unmoved: Next plays it from its top with no seek, which would wait for data', () => {
    const preloaded = clip(2);
    const seek = vi.spyOn(preloaded, 'seek');
    state().next();
    expect(preloaded.isPlaying()).toBe(true);
    expect(seek).not.toHaveBeenCalled();
  });

  it('through a queue change: the new next clip replaces it, and Next plays that one at once', () => {
    state().playNext('t4');
    expect(player.clipFor('/clips/t2.mp3')).toBeUndefined();
    clip(4).finishLoading(20);
    state().next();
    expect(currentEntryId(state())).toBe('t4');
    expect(clip(4).isPlaying()).toBe(true);
    expect(loadsOf(4)).toBe(1);
  });

  it('through a reorder that leaves the next track next', () => {
    const preloaded = clip(2);
    state().moveTrack('t5', 't4');
    expect(clip(2)).toBe(preloaded);
    expect(player.liveClips()).toBe(2);
  });
});
