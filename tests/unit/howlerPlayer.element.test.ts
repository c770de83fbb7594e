// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

/**
 * The player over the real (patched, see patches/) howler, with media elements that behave as WebKitGTK's
 * did: a seek leaves a paused element at readyState 2, and no canplaythrough follows until it plays. jsdom
 * plays nothing, so the element's state is kept here. The player listens to howler's private element
 * (`_sounds[n]._node`): should an upgrade move it, seeks fall back to howler's own, and these fail.
 */
interface ElementState {
  readyState: number;
  currentTime: number;
  seeking: boolean;
  paused: boolean;
  plays: number;
  pauses: number;
  seeks: number[];
}

const states = new WeakMap<HTMLMediaElement, ElementState>();
function stateOf(element: HTMLMediaElement): ElementState {
  let state = states.get(element);
  if (!state) {
    state = { readyState: 0, currentTime: 0, seeking: false, paused: true, plays: 0, pauses: 0, seeks: [] };
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
    },
  },
  play: {
    configurable: true,
    value(this: HTMLMediaElement) {
      const state = stateOf(this);
      state.plays += 1;
      state.paused = false;
      return Promise.resolve();
    },
  },
  pause: {
    configurable: true,
    value(this: HTMLMediaElement) {
      const state = stateOf(this);
      state.pauses += 1;
      state.paused = true;
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

/** A clip loaded and playing, its element done with the seek howler makes before every play. */
async function playingClip() {
  const clip = createHowlerPlayer().load({ url: '/clips/j01.mp3' }, noop);
  const element = loaded.at(-1);
  if (!element) throw new Error('howler loaded no element');
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

  it('moves a playing element itself, never pausing it, and keeps only the last of quick seeks', async () => {
    const { clip, element, state } = await playingClip();
    const pauses = state.pauses;
    const seeks = state.seeks.length;
    clip.seek(5);
    clip.seek(6);
    clip.seek(7);
    // One seek at a time: the element is still busy with the first.
    expect(state.seeks.slice(seeks)).toEqual([5]);
    expect(clip.position()).toBe(7);
    finishSeek(element, 2);
    expect(state.seeks.slice(seeks)).toEqual([5, 7]);
    finishSeek(element, 4);
    expect(state.seeks.slice(seeks)).toEqual([5, 7]);
    await settle();
    expect(state.pauses).toBe(pauses);
    expect(state.paused).toBe(false);
    expect(clip.isPlaying()).toBe(true);
  });

  it('keeps a seek still waiting when the listener pauses, and plays from there', async () => {
    const { clip, element, state } = await playingClip();
    clip.seek(5);
    clip.seek(9);
    clip.pause();
    await settle();
    finishSeek(element, 2);
    expect(element.currentTime).toBe(9);
    finishSeek(element, 2);
    clip.play();
    await settle();
    expect(state.paused).toBe(false);
    expect(element.currentTime).toBe(9);
  });
});
