import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAudioEngine } from '../../src/audio/engine';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import { currentEntryId } from '../../src/store/selectors';
import { createFakePlayer, type FakeClip, type FakePlayer } from '../support/fakePlayer';
import { makeTape } from '../support/tapes';

let store: MixtapeStore;
let player: FakePlayer;
let stopEngine: () => void;
const state = () => store.getState();
const clip = (n: number): FakeClip => {
  const found = player.clipFor(`/clips/t${n}.mp3`);
  if (!found) throw new Error(`no live clip for t${n}`);
  return found;
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

describe('starting', () => {
  it('loads nothing and plays nothing until asked', () => {
    vi.advanceTimersByTime(10_000);
    expect(player.clips).toHaveLength(0);
  });

  it('passes volume and mute to the player from the start and on change', () => {
    expect(player.volume).toBe(0.8);
    state().setVolume(0.3);
    state().toggleMute();
    expect(player.volume).toBe(0.3);
    expect(player.muted).toBe(true);
  });

  it('plays the current clip once it loads, then reports playing', () => {
    state().play();
    expect(state().playback.status).toBe('loading');
    clip(1).finishLoading(21);
    expect(clip(1).isPlaying()).toBe(true);
    expect(state().playback.status).toBe('playing');
    expect(state().playback.duration).toBe(21);
  });
});

describe('a stream that announced no length', () => {
  it('reports the length the player measures after load, for a live clip only', () => {
    state().play();
    clip(1).finishLoading(Number.POSITIVE_INFINITY);
    expect(state().playback.status).toBe('playing');
    expect(state().playback.duration).toBe(20);
    clip(1).handlers.onLength?.(47.2);
    expect(state().playback.duration).toBe(47.2);
    expect(state().measured['/clips/t1.mp3']).toBe(47.2);
    const gone = clip(1);
    state().next();
    gone.handlers.onLength?.(99);
    expect(state().measured['/clips/t1.mp3']).toBe(47.2);
  });
});

describe('while playing', () => {
  beforeEach(() => {
    state().play();
    clip(1).finishLoading(20);
  });

  it('reports the position a few times a second', () => {
    clip(1).advance(1.2);
    vi.advanceTimersByTime(250);
    expect(state().playback.position).toBeCloseTo(1.2);
    clip(1).advance(0.5);
    vi.advanceTimersByTime(250);
    expect(state().playback.position).toBeCloseTo(1.7);
  });

  it('preloads the next clip once the current one has loaded', () => {
    expect(player.clipFor('/clips/t2.mp3')).toBeDefined();
    expect(player.liveClips()).toBe(2);
  });

  it('pauses and resumes the same clip', () => {
    state().pause();
    expect(clip(1).isPlaying()).toBe(false);
    state().play();
    expect(clip(1).isPlaying()).toBe(true);
    expect(player.clips.filter((c) => c.source.url === '/clips/t1.mp3')).toHaveLength(1);
  });

  it('seeks the clip when the store asks', () => {
    state().seek(12);
    expect(clip(1).position()).toBe(12);
  });

  it('at the end of a clip moves to the preloaded next one without reloading it', () => {
    const preloaded = clip(2);
    preloaded.finishLoading();
    clip(1).end();
    expect(currentEntryId(state())).toBe('t2');
    expect(preloaded.isPlaying()).toBe(true);
    expect(player.clips.filter((c) => c.source.url === '/clips/t2.mp3')).toHaveLength(1);
    expect(state().playback.status).toBe('playing');
  });

  it('starts a preload that is still loading as soon as it arrives', () => {
    const preloaded = clip(2);
    clip(1).end();
    expect(preloaded.isPlaying()).toBe(false);
    expect(state().playback.status).toBe('loading');
    preloaded.finishLoading();
    expect(preloaded.isPlaying()).toBe(true);
    expect(state().playback.status).toBe('playing');
  });

  it('with repeat one, plays the same clip again from the top', () => {
    state().setRepeat('one');
    clip(1).advance(19);
    clip(1).end();
    expect(currentEntryId(state())).toBe('t1');
    expect(clip(1).position()).toBe(0);
    expect(clip(1).isPlaying()).toBe(true);
  });

  it('stop halts the clip and rewinds it', () => {
    clip(1).advance(6);
    state().stop();
    expect(clip(1).isPlaying()).toBe(false);
    expect(clip(1).position()).toBe(0);
  });

  it('stops reporting after a pause', () => {
    state().pause();
    const before = state().playback.position;
    clip(1).advance(3);
    vi.advanceTimersByTime(1000);
    expect(state().playback.position).toBe(before);
  });
});

describe('failures', () => {
  it('a clip that fails to load is reported, unloaded, and the tape moves on', () => {
    state().play();
    const broken = clip(1);
    broken.failToLoad();
    expect(broken.unloaded).toBe(true);
    expect(state().unavailable.t1).toMatch(/missing/);
    expect(currentEntryId(state())).toBe('t2');
    clip(2).finishLoading();
    expect(state().playback.status).toBe('playing');
    expect(state().messages.at(-1)?.kind).toBe('error');
  });

  it('a clip that never loads times out and is skipped', () => {
    state().play();
    vi.advanceTimersByTime(5001);
    expect(state().unavailable.t1).toBe('it took too long to load');
    expect(currentEntryId(state())).toBe('t2');
  });

  it('a preloaded clip that fails is dropped without interrupting the current one', () => {
    state().play();
    clip(1).finishLoading();
    clip(2).failToLoad();
    expect(clip(1).isPlaying()).toBe(true);
    expect(state().unavailable.t2).toBeDefined();
    expect(player.clipFor('/clips/t3.mp3')).toBeDefined();
  });

  it('a browser refusal to play (no gesture) pauses and asks for Play', () => {
    state().play();
    clip(1).finishLoading();
    clip(1).refuseToPlay();
    expect(state().playback.status).toBe('paused');
    expect(state().unavailable.t1).toBeUndefined();
    expect(state().messages.at(-1)?.text).toMatch(/press Play/);
  });

  it('ignores events from a clip that has been replaced', () => {
    state().play();
    const first = clip(1);
    state().playTrack('t3');
    first.handlers.onEnd();
    first.handlers.onLoadError('late');
    expect(currentEntryId(state())).toBe('t3');
    expect(state().unavailable.t1).toBeUndefined();
  });
});

describe('memory', () => {
  it('playing 100 tracks never leaves more than two clips alive', () => {
    stopEngine();
    store = createMixtapeStore({ tape: makeTape(100), seed: 1 });
    player = createFakePlayer();
    stopEngine = startAudioEngine(store, player);
    let peak = 0;
    state().play();
    for (let n = 1; n <= 100; n += 1) {
      const c = clip(n);
      if (!c.isLoaded()) c.finishLoading(1);
      player.clipFor(`/clips/t${n + 1}.mp3`)?.finishLoading(1);
      peak = Math.max(peak, player.liveClips());
      expect(currentEntryId(state())).toBe(`t${n}`);
      c.end();
    }
    expect(player.clips.length).toBe(100);
    expect(peak).toBeLessThanOrEqual(2);
    expect(player.liveClips()).toBeLessThanOrEqual(2);
  });

  it('jumping around the tape unloads every clip it leaves behind', () => {
    state().play();
    for (const n of [3, 1, 5, 2, 4, 3]) {
      state().playTrack(`t${n}`);
      clip(n).finishLoading();
      expect(player.liveClips()).toBeLessThanOrEqual(2);
    }
  });

  it('unloads everything when stopped', () => {
    state().play();
    clip(1).finishLoading();
    stopEngine();
    expect(player.liveClips()).toBe(0);
    stopEngine = () => {};
  });
});

describe('starting late', () => {
  it('plays at once when Play was pressed before the engine arrived', () => {
    stopEngine();
    store = createMixtapeStore({ tape: makeTape(3), seed: 1 });
    store.getState().play();
    player = createFakePlayer();
    stopEngine = startAudioEngine(store, player);
    clip(1).finishLoading();
    expect(clip(1).isPlaying()).toBe(true);
    expect(store.getState().playback.status).toBe('playing');
  });
});

describe('crossfade', () => {
  beforeEach(() => {
    state().play();
    clip(1).finishLoading(20);
    clip(2).finishLoading(20);
  });

  it('with 0 s, the next clip waits for the end: back to back, already preloaded', () => {
    clip(1).advance(19.9);
    vi.advanceTimersByTime(250);
    expect(clip(2).isPlaying()).toBe(false);
    clip(1).end();
    expect(clip(2).isPlaying()).toBe(true);
    expect(clip(2).position()).toBe(0);
  });

  it('starts the next clip under the last seconds of this one, fading one out and the other in', () => {
    state().setCrossfade(4);
    clip(1).advance(15);
    vi.advanceTimersByTime(250);
    expect(clip(2).isPlaying()).toBe(false);
    clip(1).advance(1.5);
    vi.advanceTimersByTime(250);
    expect(clip(2).isPlaying()).toBe(true);
    expect(clip(2).fades).toEqual([[0, 1, 3500]]);
    expect(clip(1).fades).toEqual([[1, 0, 3500]]);
    const next = clip(2);
    next.advance(3.5);
    clip(1).end();
    expect(currentEntryId(state())).toBe('t2');
    expect(next.position()).toBe(3.5);
    expect(next.isPlaying()).toBe(true);
  });

  it('a pause mid-fade stops the incoming clip and restores both levels', () => {
    state().setCrossfade(4);
    clip(1).advance(17);
    vi.advanceTimersByTime(250);
    expect(clip(2).isPlaying()).toBe(true);
    state().pause();
    expect(clip(2).isPlaying()).toBe(false);
    expect(clip(2).position()).toBe(0);
    expect(clip(2).volume).toBe(1);
    expect(clip(1).volume).toBe(1);
  });

  it('is clamped to 0–6 s in half seconds', () => {
    state().setCrossfade(9);
    expect(state().playback.crossfade).toBe(6);
    state().setCrossfade(2.3);
    expect(state().playback.crossfade).toBe(2.5);
    state().setCrossfade(-1);
    expect(state().playback.crossfade).toBe(0);
  });
});
