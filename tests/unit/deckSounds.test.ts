// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDeckSounds } from '../../src/audio/deckSounds';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import { makeTape } from '../support/tapes';

/** Just enough of an AudioContext to see what would sound. */
function fakeContext() {
  const sources: Array<{ loop: boolean; started: boolean; stopped: boolean }> = [];
  const node = () => ({
    connect: (next: unknown) => next,
    frequency: { value: 0 },
    Q: { value: 0 },
    type: '',
  });
  const gains: Array<{ gain: { value: number } }> = [];
  let closed = false;
  const context = {
    sampleRate: 8000,
    currentTime: 0,
    destination: {},
    createBuffer: (_c: number, length: number) => ({ getChannelData: () => new Float32Array(length) }),
    createBufferSource: () => {
      const source = {
        loop: false,
        started: false,
        stopped: false,
        buffer: null,
        connect: (next: unknown) => next,
        start() {
          source.started = true;
        },
        stop() {
          source.stopped = true;
        },
      };
      sources.push(source);
      return source;
    },
    createBiquadFilter: node,
    createGain: () => {
      const g = {
        gain: { value: 1, setValueAtTime() {}, exponentialRampToValueAtTime() {} },
        connect: (next: unknown) => next,
      };
      gains.push(g);
      return g;
    },
    close: async () => {
      closed = true;
    },
  };
  return { context: context as unknown as AudioContext, sources, gains, isClosed: () => closed };
}

let store: MixtapeStore;
let fake: ReturnType<typeof fakeContext>;
let made = 0;
let stop: () => void;

beforeEach(() => {
  document.body.innerHTML = '<button data-deck-key id="key">Play</button><button id="other">x</button>';
  store = createMixtapeStore({ tape: makeTape(2) });
  fake = fakeContext();
  made = 0;
  stop = startDeckSounds(store, () => {
    made += 1;
    return fake.context;
  });
});
afterEach(() => stop());

const press = (id: string) => document.getElementById(id)?.click();

describe('deck sounds', () => {
  it('are off by default: no audio context, no sound', () => {
    press('key');
    store.getState().play();
    store.getState().clipStarted('t1');
    expect(made).toBe(0);
  });

  it('click when a transport key is pressed, and only then', () => {
    store.getState().setDeckSounds(true);
    press('other');
    expect(fake.sources).toHaveLength(0);
    press('key');
    expect(fake.sources).toHaveLength(1);
    expect(fake.sources[0]).toMatchObject({ loop: false, started: true });
  });

  it('hiss softly while the tape plays, and stop with it', () => {
    store.getState().setDeckSounds(true);
    store.getState().play();
    store.getState().clipStarted('t1');
    const hiss = fake.sources.find((s) => s.loop);
    expect(hiss?.started).toBe(true);
    store.getState().pause();
    expect(hiss?.stopped).toBe(true);
  });

  it('are silent when muted, and close their context when stopped', () => {
    store.getState().setDeckSounds(true);
    store.getState().toggleMute();
    press('key');
    store.getState().play();
    store.getState().clipStarted('t1');
    expect(fake.sources).toHaveLength(0);
    store.getState().toggleMute();
    expect(fake.sources.some((s) => s.loop && s.started)).toBe(true);
    stop();
    expect(fake.isClosed()).toBe(true);
  });
});
