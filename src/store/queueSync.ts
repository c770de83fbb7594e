import { playOrder } from '../model/queueOrder';
import type { Tape } from '../model/tape';
import { playableIds } from '../model/track';
import type { PlaybackStatus } from './playbackSlice';
import { clipSecondsOf, wantsToPlay } from './selectors';
import type { MixtapeState } from './types';

/**
 * State for the open tape becoming `tape`. The same tape, or its successor (a copy, an undo) carries on
 * playing; a different tape stops and is cued from its start. `continuing`: `tape` is the old one changed
 * (or its first copy), so it plays on whatever its id.
 */
export function followTape(s: MixtapeState, tape: Tape, continuing = false): Partial<MixtapeState> {
  return continuing || tape.id === s.tape.id || tape.tracks.some((t) => t.id === s.queue.current)
    ? syncQueue(s, tape)
    : switchTape(s, tape);
}

/** State for cueing `entryId` (at `cursor` in the play order) from its start. */
export function cueEntry(
  s: MixtapeState,
  entryId: string | undefined,
  cursor: number,
  status: PlaybackStatus,
  tape: Tape = s.tape,
): Pick<MixtapeState, 'queue' | 'playback'> {
  const track = tape.tracks.find((t) => t.id === entryId);
  return {
    queue: { ...s.queue, cursor, current: track ? entryId : undefined },
    playback: {
      ...s.playback,
      status: track ? status : 'idle',
      position: 0,
      duration: track ? clipSecondsOf(s, track) : 0,
      seekRequest: null,
      take: s.playback.take + 1,
    },
  };
}

export function cueAt(s: MixtapeState, cursor: number, status: PlaybackStatus) {
  return cueEntry(s, s.queue.order[cursor], cursor, status);
}

/**
 * Brings the queue in line with a changed tape without interrupting what plays: the current entry
 * keeps playing wherever it moved to, the play order follows the new tape order (or keeps its
 * shuffle, with new entries at the end), and queued entries that left the tape leave the queue.
 * Only when the current entry itself is gone does the tape move on, to what took its place.
 */
export function syncQueue(s: MixtapeState, tape: Tape): Pick<MixtapeState, 'queue' | 'playback' | 'tape'> {
  const ids = playableIds(tape.tracks);
  const present = new Set(ids);
  const order = s.queue.shuffle
    ? [...s.queue.order.filter((id) => present.has(id)), ...ids.filter((id) => !s.queue.order.includes(id))]
    : ids;
  const upNext = s.queue.upNext.filter((q) => present.has(q.entryId));
  const current = s.queue.current;
  const base = { ...s, queue: { ...s.queue, order, upNext } };
  if (current !== undefined && present.has(current)) {
    const cursor = order.indexOf(current);
    return { tape, queue: { ...base.queue, cursor }, playback: s.playback };
  }
  if (order.length === 0) return { tape, ...cueEntry(base, undefined, 0, 'idle', tape) };
  const cursor = Math.min(s.queue.cursor, order.length - 1);
  const status = wantsToPlay(s) ? 'loading' : s.playback.status === 'paused' ? 'paused' : 'idle';
  return { tape, ...cueEntry(base, order[cursor], cursor, status, tape) };
}

/** A different tape altogether: stop, and cue its first track in a fresh play order. */
export function switchTape(
  s: MixtapeState,
  tape: Tape,
): Pick<MixtapeState, 'queue' | 'playback' | 'tape' | 'unavailable'> {
  const order = playOrder(playableIds(tape.tracks), s.queue.shuffle, s.queue.seed);
  const base = { ...s, tape, queue: { ...s.queue, order, upNext: [] }, unavailable: {} };
  return { tape, unavailable: {}, ...cueEntry(base, order[0], 0, 'idle', tape) };
}
