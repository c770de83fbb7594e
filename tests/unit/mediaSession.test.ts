import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMediaSession } from '../../src/platform/mediaSession';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import { currentEntryId } from '../../src/store/selectors';
import { makeTape } from '../support/tapes';

class FakeMetadata {
  constructor(readonly init: MediaMetadataInit) {}
}

function fakeSession() {
  const handlers = new Map<string, MediaSessionActionHandler | null>();
  const positions: MediaPositionState[] = [];
  const session = {
    metadata: null as FakeMetadata | null,
    playbackState: 'none' as MediaSessionPlaybackState,
    setActionHandler: (action: string, handler: MediaSessionActionHandler | null) =>
      handlers.set(action, handler),
    setPositionState: (state: MediaPositionState) => positions.push(state),
  };
  const act = (action: string, details: Partial<MediaSessionActionDetails> = {}) =>
    handlers.get(action)?.({ action, ...details } as MediaSessionActionDetails);
  return { session, handlers, positions, act };
}

let store: MixtapeStore;
let fake: ReturnType<typeof fakeSession>;
let stop: () => void;
beforeEach(() => {
  (globalThis as { MediaMetadata?: unknown }).MediaMetadata = FakeMetadata;
  store = createMixtapeStore({ tape: makeTape(3) });
  fake = fakeSession();
  stop = startMediaSession(store, fake.session as unknown as MediaSession);
});
afterEach(() => stop());

const meta = () => (fake.session.metadata as FakeMetadata | null)?.init;

describe('media session', () => {
  it('publishes the current track and follows it', () => {
    expect(meta()).toMatchObject({ title: 'Song 1', artist: 'Artist 1', album: 'Test tape' });
    store.getState().next();
    expect(meta()?.title).toBe('Song 2');
  });

  it('names whose gift it is in the album line, and follows a new dedication (issue 15)', async () => {
    await store.getState().setDedication({ from: 'Alex', to: 'Sam', message: 'Hi' });
    expect(meta()).toMatchObject({ title: 'Song 1', album: 'for Sam, from Alex' });
    await store.getState().setDedication(null);
    expect(meta()?.album).toBe('Test tape');
  });

  it('handles every transport action', () => {
    for (const action of [
      'play',
      'pause',
      'previoustrack',
      'nexttrack',
      'seekbackward',
      'seekforward',
      'seekto',
    ]) {
      expect(fake.handlers.get(action)).toBeTypeOf('function');
    }
    fake.act('play');
    expect(store.getState().playback.status).toBe('loading');
    expect(fake.session.playbackState).toBe('playing');
    fake.act('pause');
    expect(fake.session.playbackState).toBe('paused');
    fake.act('seekforward');
    expect(store.getState().playback.position).toBe(10);
    fake.act('seekbackward', { seekOffset: 4 });
    expect(store.getState().playback.position).toBe(6);
    fake.act('seekto', { seekTime: 12 });
    expect(store.getState().playback.position).toBe(12);
    fake.act('nexttrack');
    expect(currentEntryId(store.getState())).toBe('t2');
    fake.act('previoustrack');
    expect(currentEntryId(store.getState())).toBe('t1');
  });

  it('keeps the position state current, a second at a time', () => {
    store.getState().play();
    store.getState().clipStarted('t1');
    const before = fake.positions.length;
    store.getState().clipProgress('t1', 3.2);
    store.getState().clipProgress('t1', 3.4);
    expect(fake.positions.length).toBe(before + 1);
    expect(fake.positions.at(-1)).toEqual({ duration: 20, position: 3.2, playbackRate: 1 });
  });

  it('lets go of its handlers when stopped, and is a no-op without the API', () => {
    stop();
    expect(fake.handlers.get('play')).toBeNull();
    stop = startMediaSession(store, undefined);
    expect(() => stop()).not.toThrow();
  });
});
