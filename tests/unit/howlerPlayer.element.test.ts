// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STALL_MS } from '../../src/audio/elementMoves';
import type { Clip, ClipHandlers } from '../../src/audio/player';
import { LENGTH_UNKNOWN } from '../../src/model/track';

/**
 * The player over the real (patched, see patches/) howler, with media elements that behave as WebKitGTK's
 * did: a seek leaves a paused element at readyState 2, and no canplaythrough follows until it plays; and a
 * `play()` can play while its promise never settles. jsdom plays nothing, so the element's state is kept
 * here. The player reaches into howler (`_sounds[n]._node`, `_playLock`): should an upgrade move either,
 * these fail.
 */
interface ElementState {
  readyState: number;
  currentTime: number;
  seeking: boolean;
  paused: boolean;
  plays: number;
  pauses: number;
  seeks: number[];
  /**
   * How the promise of the next `play()` settles: at once; never (WebKitGTK at readyState 2); or, as the
   * HTML standard has it for a play still pending, rejected with an AbortError by a pause.
   */
  promises: 'resolve' | 'never' | 'untilPause' | 'refuse';
  pending: Array<(error: DOMException) => void>;
  /** The seconds the element holds, as [start, end] ranges. */
  buffered: Array<[number, number]>;
  loads: number;
}

const states = new WeakMap<HTMLMediaElement, ElementState>();
function stateOf(element: HTMLMediaElement): ElementState {
  let state = states.get(element);
  if (!state) {
    state = {
      readyState: 0,
      currentTime: 0,
      seeking: false,
      paused: true,
      plays: 0,
      pauses: 0,
      seeks: [],
      promises: 'resolve',
      pending: [],
      buffered: [[0, 18.7]],
      loads: 0,
    };
    states.set(element, state);
  }
  return state;
}

/** Every element howler loaded a clip into, in order. */
const loaded: HTMLMediaElement[] = [];

Object.defineProperties(HTMLMediaElement.prototype, {
  canPlayType: { configurable: true, value: () => 'probably' },
  load: {
    configurable: true,
    value(this: HTMLMediaElement) {
      loaded.push(this);
      // As the load algorithm has it: back to nothing, and paused.
      const state = stateOf(this);
      state.loads += 1;
      state.readyState = 0;
      state.seeking = false;
      state.paused = true;
    },
  },
  buffered: {
    configurable: true,
    get(this: HTMLMediaElement) {
      const ranges = stateOf(this).buffered;
      return {
        length: ranges.length,
        start: (i: number) => ranges[i]?.[0] ?? 0,
        end: (i: number) => ranges[i]?.[1] ?? 0,
      };
    },
  },
  play: {
    configurable: true,
    value(this: HTMLMediaElement) {
      const state = stateOf(this);
      state.plays += 1;
      state.paused = false;
      if (state.promises === 'resolve') return Promise.resolve();
      if (state.promises === 'refuse') {
        return Promise.resolve().then(() => {
          state.paused = true;
          throw new DOMException('play() needs a user gesture', 'NotAllowedError');
        });
      }
      return new Promise<void>((_, reject) => {
        if (state.promises === 'untilPause') state.pending.push(reject);
      });
    },
  },
  pause: {
    configurable: true,
    value(this: HTMLMediaElement) {
      const state = stateOf(this);
      state.pauses += 1;
      state.paused = true;
      for (const reject of state.pending.splice(0)) {
        reject(new DOMException('The play() request was interrupted by a call to pause().', 'AbortError'));
      }
    },
  },
  readyState: {
    configurable: true,
    get(this: HTMLMediaElement) {
      return stateOf(this).readyState;
    },
  },
  currentTime: {
    configurable: true,
    get(this: HTMLMediaElement) {
      return stateOf(this).currentTime;
    },
    set(this: HTMLMediaElement, seconds: number) {
      const state = stateOf(this);
      state.currentTime = seconds;
      state.seeking = true;
      state.seeks.push(seconds);
    },
  },
  seeking: {
    configurable: true,
    get(this: HTMLMediaElement) {
      return stateOf(this).seeking;
    },
  },
  paused: {
    configurable: true,
    get(this: HTMLMediaElement) {
      return stateOf(this).paused;
    },
  },
  duration: { configurable: true, get: () => 18.7 },
});

// howler looks at the codecs once, when it is first imported: after the stand-in elements are in place.
const { createHowlerPlayer } = await import('../../src/audio/howlerPlayer');

const noop = { onLoad() {}, onPlay() {}, onEnd() {}, onLoadError() {}, onPlayError() {} };
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** The element finishes its seek, at the readyState it then reports. */
function finishSeek(element: HTMLMediaElement, readyState: number): void {
  const state = stateOf(element);
  state.seeking = false;
  state.readyState = readyState;
  element.dispatchEvent(new Event('seeked'));
}

/** Every clip a test made, unloaded after it so that no clip's timer outlives its test. */
const clips: Clip[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const clip of clips.splice(0)) clip.unload();
});

/** A clip loaded and playing, its element done with the seek howler makes before every play. */
async function playingClip(handlers: ClipHandlers = noop) {
  const clip = createHowlerPlayer().load({ url: '/clips/j01.mp3' }, handlers);
  clips.push(clip);
  const element = loaded.at(-1);
  if (!element) throw new Error('howler loaded no element');
  // howler hands an element a clip it has unloaded gave back to its pool: start it afresh.
  states.delete(element);
  stateOf(element).readyState = 4;
  element.dispatchEvent(new Event('canplaythrough'));
  clip.play();
  await settle();
  finishSeek(element, 4);
  expect(clip.isPlaying()).toBe(true);
  expect(stateOf(element).paused).toBe(false);
  return { clip, element, state: stateOf(element) };
}

describe('the howler player and the media element', () => {
  it('plays on after a pause from where the element stopped, with no seek', async () => {
    const { clip, element, state } = await playingClip();
    state.currentTime = 5;
    state.seeks.length = 0;
    // The clock read before a pause lags the element, which stops a little further on.
    const pause = HTMLMediaElement.prototype.pause;
    element.pause = function (this: HTMLMediaElement) {
      state.currentTime = 5.02;
      pause.call(this);
    };
    clip.pause();
    clip.play();
    await settle();
    expect(state.paused).toBe(false);
    expect(state.seeks).toEqual([]);
  });

  it('plays after a seek made while paused, though the element sits at readyState 2', async () => {
    const { clip, element, state } = await playingClip();
    clip.pause();
    await settle();
    expect(state.paused).toBe(true);
    clip.seek(10);
    finishSeek(element, 2);
    const plays = state.plays;
    const seeks = state.seeks.length;
    clip.play();
    await settle();
    expect(state.plays).toBe(plays + 1);
    expect(state.paused).toBe(false);
    expect(element.currentTime).toBe(10);
    // The element is where howler wants it: no second seek to the same place just before play().
    expect(state.seeks).toHaveLength(seeks);
  });

  it('pauses a playing element to move it, plays it only after seeked, and keeps the last of quick seeks', async () => {
    const { clip, element, state } = await playingClip();
    const plays = state.plays;
    const seeks = state.seeks.length;
    clip.seek(5);
    clip.seek(6);
    clip.seek(7);
    // Paused on the element itself, and one seek at a time: the element is still busy with the first.
    expect(state.paused).toBe(true);
    expect(state.seeks.slice(seeks)).toEqual([5]);
    expect(clip.position()).toBe(7);
    // howler still counts the sound as playing: the deck says so, and its Pause still pauses.
    expect(clip.isPlaying()).toBe(true);
    finishSeek(element, 2);
    expect(state.seeks.slice(seeks)).toEqual([5, 7]);
    expect(state.plays).toBe(plays);
    finishSeek(element, 2);
    expect(state.seeks.slice(seeks)).toEqual([5, 7]);
    expect(state.plays).toBe(plays + 1);
    expect(state.paused).toBe(false);
    await settle();
    expect(clip.isPlaying()).toBe(true);
    expect(clip.position()).toBe(7);
  });

  it('keeps the element paused when Pause comes during a seek, and plays from the latest seek', async () => {
    const { clip, element, state } = await playingClip();
    const plays = state.plays;
    clip.seek(5);
    clip.seek(9);
    clip.pause();
    expect(clip.isPlaying()).toBe(false);
    await settle();
    finishSeek(element, 2);
    expect(element.currentTime).toBe(9);
    finishSeek(element, 2);
    await settle();
    expect(state.plays).toBe(plays);
    expect(state.paused).toBe(true);
    expect(clip.isPlaying()).toBe(false);
    clip.play();
    await settle();
    expect(state.paused).toBe(false);
    expect(element.currentTime).toBe(9);
  });

  it('waits for seeked before Play after a seek made while paused', async () => {
    const { clip, element, state } = await playingClip();
    clip.pause();
    await settle();
    clip.seek(10);
    clip.seek(11);
    const plays = state.plays;
    clip.play();
    await settle();
    expect(state.plays).toBe(plays);
    finishSeek(element, 2);
    expect(state.plays).toBe(plays);
    finishSeek(element, 2);
    await settle();
    expect(state.plays).toBe(plays + 1);
    expect(element.currentTime).toBe(11);
    expect(clip.isPlaying()).toBe(true);
  });

  it('pauses though the promise of howler’s play() never settles, and seeks on', async () => {
    const onPlay = vi.fn();
    const onPlayError = vi.fn();
    const { clip, element, state } = await playingClip({ ...noop, onPlay, onPlayError });
    clip.pause();
    await settle();
    state.promises = 'never';
    onPlay.mockClear();
    clip.play();
    await settle();
    expect(state.paused).toBe(false);
    // howler never says it plays; the element does.
    expect(onPlay).not.toHaveBeenCalled();
    element.dispatchEvent(new Event('playing'));
    expect(onPlay).toHaveBeenCalledOnce();
    const plays = state.plays;
    clip.seek(4);
    finishSeek(element, 2);
    expect(state.plays).toBe(plays + 1);
    expect(state.paused).toBe(false);
    clip.pause();
    expect(state.paused).toBe(true);
    expect(clip.isPlaying()).toBe(false);
    clip.play();
    await settle();
    expect(state.paused).toBe(false);
    expect(element.currentTime).toBe(4);
    expect(onPlayError).not.toHaveBeenCalled();
  });

  it('takes the AbortError of a play() it paused for no refusal to play', async () => {
    const onPlayError = vi.fn();
    const { clip, element, state } = await playingClip({ ...noop, onPlayError });
    clip.pause();
    await settle();
    clip.seek(8);
    finishSeek(element, 2);
    state.promises = 'untilPause';
    clip.play();
    clip.pause();
    await settle();
    expect(state.paused).toBe(true);
    state.promises = 'resolve';
    clip.play();
    await settle();
    // The same sound, from where it was: not a new one from the top.
    expect(state.paused).toBe(false);
    expect(element.currentTime).toBe(8);
    expect(clip.isPlaying()).toBe(true);
    expect(onPlayError).not.toHaveBeenCalled();
  });

  it('plays on after a seek that cut short a play() still pending', async () => {
    const onPlayError = vi.fn();
    const { clip, element, state } = await playingClip({ ...noop, onPlayError });
    clip.pause();
    await settle();
    state.promises = 'untilPause';
    clip.play();
    clip.seek(12);
    await settle();
    state.promises = 'resolve';
    finishSeek(element, 2);
    // howler took the sound for paused when its play() was rejected: it is told where the element is,
    // and plays once the element has settled there.
    finishSeek(element, 2);
    await settle();
    expect(state.paused).toBe(false);
    expect(element.currentTime).toBe(12);
    expect(clip.isPlaying()).toBe(true);
    expect(onPlayError).not.toHaveBeenCalled();
  });

  it('starts nothing once the clip is unloaded during a seek', async () => {
    const { clip, element, state } = await playingClip();
    const plays = state.plays;
    clip.seek(6);
    clip.seek(7);
    clip.unload();
    finishSeek(element, 2);
    finishSeek(element, 2);
    await settle();
    expect(state.plays).toBe(plays);
    expect(state.seeks).toContain(6);
    expect(state.seeks).not.toContain(7);
  });

  it('reloads an element left waiting after a seek with its data in, and plays it on from there', async () => {
    const { clip, element, state } = await playingClip();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const loads = state.loads;
    clip.seek(6);
    finishSeek(element, 2);
    expect(state.paused).toBe(false);
    // jsdom's clock never moves: the element sits at 6 s, as WebKitGTK's did.
    vi.advanceTimersByTime(STALL_MS - 100);
    expect(state.loads).toBe(loads);
    vi.advanceTimersByTime(200);
    expect(state.loads).toBe(loads + 1);
    expect(clip.position()).toBe(6);
    expect(clip.isPlaying()).toBe(true);
    state.readyState = 1;
    element.dispatchEvent(new Event('loadedmetadata'));
    expect(state.seeks.at(-1)).toBe(6);
    const plays = state.plays;
    finishSeek(element, 2);
    expect(state.plays).toBe(plays + 1);
    expect(state.paused).toBe(false);
    // Once per seek: an element that stays stuck is not reloaded over and over.
    vi.advanceTimersByTime(STALL_MS * 2);
    expect(state.loads).toBe(loads + 1);
  });

  it('makes a seek again once the element plays, if a reload dropped it', async () => {
    const { clip, element, state } = await playingClip();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    clip.seek(6);
    finishSeek(element, 2);
    vi.advanceTimersByTime(STALL_MS + 100);
    element.dispatchEvent(new Event('loadedmetadata'));
    state.currentTime = 0;
    finishSeek(element, 2);
    expect(clip.position()).toBe(6);
    const seeks = state.seeks.length;
    element.dispatchEvent(new Event('playing'));
    expect(state.seeks.slice(seeks)).toEqual([6]);
  });

  it('leaves an element waiting for data alone: a slow network is not a stuck element', async () => {
    const { clip, element, state } = await playingClip();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    state.buffered = [[0, 6.5]];
    const loads = state.loads;
    clip.seek(6);
    finishSeek(element, 2);
    vi.advanceTimersByTime(STALL_MS * 3);
    expect(state.loads).toBe(loads);
  });

  it('moves the element of the new sound howler starts after a refused play', async () => {
    const onPlayError = vi.fn();
    const clip = createHowlerPlayer().load({ url: '/clips/j01.mp3' }, { ...noop, onPlayError });
    clips.push(clip);
    const element = loaded.at(-1);
    if (!element) throw new Error('howler loaded no element');
    states.delete(element);
    const state = stateOf(element);
    state.readyState = 4;
    element.dispatchEvent(new Event('canplaythrough'));
    state.promises = 'refuse';
    clip.play();
    await settle();
    expect(onPlayError).toHaveBeenCalledOnce();
    state.promises = 'resolve';
    clip.play();
    await settle();
    expect(clip.isPlaying()).toBe(true);
    const pauses = state.pauses;
    clip.seek(3);
    expect(state.pauses).toBe(pauses + 1);
    finishSeek(element, 2);
    expect(state.paused).toBe(false);
    expect(clip.isPlaying()).toBe(true);
  });

  it('never lets a clip given up before it started play the element howler hands on to the next clip', async () => {
    // Issue 21.1: the preloaded next clip sounded after quick presses of Next. The engine makes the preloaded
    // clip current with a seek to 0:00 and plays it; an element still seeking is at readyState 1, so howler
    // waits for its `canplaythrough` to start it. Next again before that unloads the clip and its element
    // goes back to howler's pool, still carrying that wait; the clip preloaded next gets the element and,
    // once it has loaded, the wait of the clip that is gone started it, behind the engine's back.
    const player = createHowlerPlayer();
    const given = player.load({ url: '/clips/j02.mp3' }, noop);
    const element = loaded.at(-1);
    if (!element) throw new Error('howler loaded no element');
    states.delete(element);
    // An element from howler's unlocked pool (the first press of Play unlocks them): unloading gives it back.
    Object.assign(element, { _unlocked: true });
    stateOf(element).readyState = 4;
    element.dispatchEvent(new Event('canplaythrough'));
    given.seek(0);
    stateOf(element).readyState = 1;
    given.play();
    await settle();
    expect(stateOf(element).plays).toBe(0);
    given.unload();

    const next = player.load({ url: '/clips/j04.mp3' }, noop);
    clips.push(next);
    expect(loaded.at(-1)).toBe(element);
    states.delete(element);
    stateOf(element).readyState = 4;
    element.dispatchEvent(new Event('canplaythrough'));
    await settle();
    expect(next.isLoaded()).toBe(true);
    expect(stateOf(element).plays).toBe(0);
    expect(stateOf(element).paused).toBe(true);
  });

  it('reports a stream’s length once its element holds all of it, and howler’s Infinity at load as LENGTH_UNKNOWN', async () => {
    const onLoad = vi.fn();
    const onLength = vi.fn();
    const clip = createHowlerPlayer().load(
      { url: '/radio/stream', format: 'mp3' },
      { ...noop, onLoad, onLength },
    );
    clips.push(clip);
    const element = loaded.at(-1);
    if (!element) throw new Error('howler loaded no element');
    states.delete(element);
    const state = stateOf(element);
    let duration = Number.POSITIVE_INFINITY;
    let networkState = 2;
    Object.defineProperty(element, 'duration', { configurable: true, get: () => duration });
    Object.defineProperty(element, 'networkState', { configurable: true, get: () => networkState });
    state.buffered = [[0, 4]];
    state.readyState = 4;
    element.dispatchEvent(new Event('canplaythrough'));
    await settle();
    expect(onLoad).toHaveBeenCalledExactlyOnceWith(LENGTH_UNKNOWN);
    // Firefox's guess, as long as what has arrived while more arrives: no length yet.
    duration = 8.5;
    state.buffered = [[0, 8.5]];
    element.dispatchEvent(new Event('durationchange'));
    expect(onLength).not.toHaveBeenCalled();
    duration = 20.016;
    state.buffered = [[0, 20.016]];
    networkState = 1;
    element.dispatchEvent(new Event('durationchange'));
    element.dispatchEvent(new Event('suspend'));
    expect(onLength).toHaveBeenCalledExactlyOnceWith(20.016);
    clip.unload();
    duration = 30;
    element.dispatchEvent(new Event('durationchange'));
    expect(onLength).toHaveBeenCalledOnce();
    delete (element as { duration?: number }).duration;
    delete (element as { networkState?: number }).networkState;
  });
});
