import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LENGTH_UNKNOWN } from '../../src/model/track';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import { currentEntryId, upcomingEntryId, wantsToPlay } from '../../src/store/selectors';
import { makeTape, makeTrack } from '../support/tapes';

let store: MixtapeStore;
const state = () => store.getState();

beforeEach(() => {
  store = createMixtapeStore({ tape: makeTape(5, 3), seed: 11 });
});

describe('a fresh store', () => {
  it('is cued at the first track, idle, nothing playing', () => {
    expect(currentEntryId(state())).toBe('t1');
    expect(state().playback.status).toBe('idle');
    expect(state().playback.duration).toBe(20);
    expect(state().queue.order).toEqual(['t1', 't2', 't3', 't4', 't5']);
  });
});

describe('play, pause, toggle, stop', () => {
  it('play asks for sound (loading) until the engine confirms it started', () => {
    state().play();
    expect(state().playback.status).toBe('loading');
    state().clipStarted('t1');
    expect(state().playback.status).toBe('playing');
  });

  it('pause and toggle flip between the two', () => {
    state().play();
    state().pause();
    expect(state().playback.status).toBe('paused');
    state().toggle();
    expect(wantsToPlay(state())).toBe(true);
    state().toggle();
    expect(state().playback.status).toBe('paused');
  });

  it('pause does nothing when nothing plays', () => {
    state().pause();
    expect(state().playback.status).toBe('idle');
  });

  it('stop returns to the top of the track and starts a new take', () => {
    state().play();
    state().clipProgress('t1', 12);
    const take = state().playback.take;
    state().stop();
    expect(state().playback).toMatchObject({ status: 'idle', position: 0, take: take + 1 });
  });

  it('play on an empty tape does nothing', () => {
    store = createMixtapeStore({ tape: makeTape(0) });
    state().play();
    expect(state().playback.status).toBe('idle');
    expect(currentEntryId(state())).toBeUndefined();
  });
});

describe('next and previous', () => {
  it('next moves to the following track and keeps playing', () => {
    state().play();
    state().next();
    expect(currentEntryId(state())).toBe('t2');
    expect(state().playback.status).toBe('loading');
    expect(state().playback.position).toBe(0);
  });

  it('next while paused cues without playing', () => {
    state().play();
    state().pause();
    state().next();
    expect(currentEntryId(state())).toBe('t2');
    expect(state().playback.status).toBe('paused');
  });

  it('next past the last track with repeat off rewinds the tape and stops', () => {
    state().playTrack('t5');
    state().next();
    expect(currentEntryId(state())).toBe('t1');
    expect(state().playback.status).toBe('idle');
  });

  it('next past the last track with repeat all wraps and keeps playing', () => {
    state().setRepeat('all');
    state().playTrack('t5');
    state().next();
    expect(currentEntryId(state())).toBe('t1');
    expect(state().playback.status).toBe('loading');
  });

  it('previous restarts a track that has played a few seconds', () => {
    state().playTrack('t3');
    state().clipProgress('t3', 8);
    const take = state().playback.take;
    state().previous();
    expect(currentEntryId(state())).toBe('t3');
    expect(state().playback.take).toBe(take + 1);
  });

  it('previous near the start goes to the track before', () => {
    state().playTrack('t3');
    state().clipProgress('t3', 1);
    state().previous();
    expect(currentEntryId(state())).toBe('t2');
  });

  it('previous on the first track restarts it', () => {
    state().previous();
    expect(currentEntryId(state())).toBe('t1');
  });
});

describe('seek', () => {
  it('moves the position and issues a request the engine can act on', () => {
    state().seek(7);
    expect(state().playback.position).toBe(7);
    expect(state().playback.seekRequest?.to).toBe(7);
    const first = state().playback.seekRequest?.nonce ?? 0;
    state().seek(7);
    expect(state().playback.seekRequest?.nonce).toBe(first + 1);
  });

  it('clamps to the clip and ignores nonsense', () => {
    state().seek(500);
    expect(state().playback.position).toBe(20);
    state().seek(-3);
    expect(state().playback.position).toBe(0);
    state().seek(Number.NaN);
    expect(state().playback.position).toBe(0);
  });

  it('seekBy rewinds and fast-forwards by a step, and fast-forward past the end moves on', () => {
    state().seek(5);
    state().seekBy(10);
    expect(state().playback.position).toBe(15);
    state().seekBy(-30);
    expect(state().playback.position).toBe(0);
    state().seek(15);
    state().seekBy(10);
    expect(currentEntryId(state())).toBe('t2');
  });
});

describe('a clip of unknown length (a stream not yet measured)', () => {
  beforeEach(() => {
    const tape = makeTape(3, 2);
    const stream = makeTrack(1, { source: 'url', clipSeconds: LENGTH_UNKNOWN });
    store = createMixtapeStore({ tape: { ...tape, tracks: [stream, ...tape.tracks.slice(1)] }, seed: 11 });
    state().play();
    state().clipProgress('t1', 12);
  });

  it('seeks back over what has played, never past the position, and fast-forward neither moves nor skips', () => {
    expect(state().playback.duration).toBe(LENGTH_UNKNOWN);
    state().seekBy(10);
    expect(currentEntryId(state())).toBe('t1');
    expect(state().playback.position).toBe(12);
    expect(state().playback.seekRequest).toBeNull();
    state().seekBy(-5);
    expect(state().playback.position).toBe(7);
    state().seek(30);
    expect(state().playback.position).toBe(7);
  });

  it('takes its length once the engine measures it', () => {
    state().clipLoaded('t1', Number.POSITIVE_INFINITY);
    expect(state().playback.duration).toBe(LENGTH_UNKNOWN);
    state().clipLoaded('t1', 41.5);
    expect(state().playback.duration).toBe(41.5);
    expect(state().measured['/clips/t1.mp3']).toBe(41.5);
    state().seekBy(10);
    expect(state().playback.position).toBe(22);
  });
});

describe('playTrack', () => {
  it('plays the chosen entry from the top', () => {
    state().playTrack('t4');
    expect(currentEntryId(state())).toBe('t4');
    expect(state().playback).toMatchObject({ status: 'loading', position: 0 });
  });

  it('retries an entry that had failed', () => {
    state().clipFailed('t4', 'broken');
    expect(state().unavailable.t4).toBe('broken');
    state().playTrack('t4');
    expect(state().unavailable.t4).toBeUndefined();
    expect(currentEntryId(state())).toBe('t4');
  });

  it('ignores unknown ids', () => {
    state().playTrack('ghost');
    expect(currentEntryId(state())).toBe('t1');
  });
});

describe('volume and mute', () => {
  it('clamps the volume to 0–1', () => {
    state().setVolume(0.4);
    expect(state().playback.volume).toBe(0.4);
    state().setVolume(3);
    expect(state().playback.volume).toBe(1);
    state().setVolume(-1);
    expect(state().playback.volume).toBe(0);
  });

  it('mute toggles, and turning the volume up unmutes', () => {
    state().toggleMute();
    expect(state().playback.muted).toBe(true);
    state().setVolume(0.5);
    expect(state().playback.muted).toBe(false);
  });
});

describe('shuffle and repeat', () => {
  it('shuffle keeps the current track and plays every other one once', () => {
    state().playTrack('t3');
    state().setShuffle(true);
    expect(currentEntryId(state())).toBe('t3');
    expect(state().queue.cursor).toBe(0);
    expect([...state().queue.order].sort()).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(state().tape.tracks.map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4', 't5']);
  });

  it('turning shuffle off returns to album order at the current track', () => {
    state().playTrack('t3');
    state().setShuffle(true);
    state().setShuffle(false);
    expect(state().queue.order).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(currentEntryId(state())).toBe('t3');
  });

  it('deals a new order each time shuffle is switched on', () => {
    const big = createMixtapeStore({ tape: makeTape(19), seed: 5 });
    big.getState().setShuffle(true);
    const first = big.getState().queue.order;
    big.getState().setShuffle(false);
    big.getState().setShuffle(true);
    expect(big.getState().queue.order).not.toEqual(first);
  });

  it('repeat cycles off → all → one → off', () => {
    state().cycleRepeat();
    expect(state().queue.repeat).toBe('all');
    state().cycleRepeat();
    expect(state().queue.repeat).toBe('one');
    state().cycleRepeat();
    expect(state().queue.repeat).toBe('off');
  });
});

describe('engine reports', () => {
  it('clipEnded moves through the queue and stops after the last track', () => {
    state().playTrack('t4');
    state().clipEnded('t4');
    expect(currentEntryId(state())).toBe('t5');
    expect(state().playback.status).toBe('loading');
    state().clipEnded('t5');
    expect(currentEntryId(state())).toBe('t1');
    expect(state().playback.status).toBe('idle');
  });

  it('clipEnded with repeat one plays the same entry again', () => {
    state().setRepeat('one');
    state().playTrack('t2');
    const take = state().playback.take;
    state().clipEnded('t2');
    expect(currentEntryId(state())).toBe('t2');
    expect(state().playback.take).toBe(take + 1);
  });

  it('ignores reports about clips that are no longer current', () => {
    state().playTrack('t2');
    state().clipEnded('t1');
    state().clipProgress('t1', 9);
    expect(currentEntryId(state())).toBe('t2');
    expect(state().playback.position).toBe(0);
  });

  it('clipLoaded records the measured length and shows it for the current track', () => {
    state().clipLoaded('t1', 21.4);
    expect(state().playback.duration).toBe(21.4);
    expect(state().measured['/clips/t1.mp3']).toBe(21.4);
    state().clipLoaded('t2', 18);
    expect(state().playback.duration).toBe(21.4);
    state().next();
    expect(state().playback.duration).toBe(18);
  });

  it('clipLoaded with a length already known tells no subscriber (a clip reports its length twice)', () => {
    state().clipLoaded('t1', 21.4);
    state().clipLoaded('t2', 18);
    const heard = vi.fn();
    const stop = store.subscribe(heard);
    state().clipLoaded('t1', 21.4);
    state().clipLoaded('t2', 18);
    expect(heard).not.toHaveBeenCalled();
    state().clipLoaded('t1', 21.5);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(state().playback.duration).toBe(21.5);
    stop();
  });

  it('a failing current clip is marked, explained and skipped', () => {
    state().playTrack('t2');
    state().clipFailed('t2', 'the clip is missing');
    expect(state().unavailable.t2).toBe('the clip is missing');
    expect(currentEntryId(state())).toBe('t3');
    expect(state().playback.status).toBe('loading');
    expect(state().messages.at(-1)).toMatchObject({ kind: 'error' });
    expect(state().messages.at(-1)?.text).toMatch(
      /Couldn't play “Song 2” by Artist 2: the clip is missing\. Skipping/,
    );
  });

  it('skips over every broken track and ends in an error when none can play', () => {
    state().setRepeat('all');
    for (const id of ['t2', 't3', 't4', 't5']) state().clipFailed(id, 'broken');
    state().play();
    state().clipFailed('t1', 'broken');
    expect(state().playback.status).toBe('error');
    expect(state().messages.at(-1)?.text).not.toMatch(/Skipping/);
  });

  it('a preloaded clip that fails is only marked, and the queue steps over it', () => {
    state().play();
    state().clipFailed('t2', 'broken');
    expect(currentEntryId(state())).toBe('t1');
    expect(upcomingEntryId(state())).toBe('t3');
    state().clipEnded('t1');
    expect(currentEntryId(state())).toBe('t3');
  });

  it('playBlocked pauses and asks for a press of Play', () => {
    state().play();
    state().playBlocked('t1');
    expect(state().playback.status).toBe('paused');
    expect(state().messages.at(-1)).toMatchObject({ kind: 'info' });
    expect(state().messages.at(-1)?.text).toMatch(/press Play/);
  });
});

describe('messages', () => {
  it('keeps the last three and drops repeats', () => {
    for (const text of ['a', 'b', 'c', 'd', 'd']) state().notify('info', text);
    expect(state().messages.map((m) => m.text)).toEqual(['b', 'c', 'd']);
    const id = state().messages[0]?.id ?? -1;
    state().dismissMessage(id);
    expect(state().messages.map((m) => m.text)).toEqual(['c', 'd']);
  });
});

describe('local files', () => {
  it('a local file that no longer loads says to add it again', () => {
    const tape = makeTape(2);
    const local = {
      ...tape,
      tracks: tape.tracks.map((t, i) =>
        i === 0 ? { ...t, source: 'local' as const, previewUrl: 'blob:gone' } : t,
      ),
    };
    const s = createMixtapeStore({ tape: local });
    s.getState().play();
    s.getState().clipFailed('t1', 'the clip is missing');
    expect(s.getState().messages.at(-1)?.text).toMatch(/file from this device.*add the file again/);
  });
});
