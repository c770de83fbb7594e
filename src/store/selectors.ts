import { findTrack, sideOfIndex } from '../model/tape';
import type { Track } from '../model/track';
import type { MixtapeState } from './types';

export const currentEntryId = (s: MixtapeState): string | undefined => s.queue.current;

export const currentTrack = (s: MixtapeState): Track | undefined => findTrack(s.tape, currentEntryId(s));

export const currentIndex = (s: MixtapeState): number => {
  const id = currentEntryId(s);
  return s.tape.tracks.findIndex((t) => t.id === id);
};

export const currentSide = (s: MixtapeState) => sideOfIndex(s.tape, Math.max(0, currentIndex(s)));

/** The user means the tape to run: playing, on its way to playing, or waiting for a stalled clip. */
export const wantsToPlay = (s: MixtapeState): boolean =>
  s.playback.status === 'playing' || s.playback.status === 'loading' || s.playback.status === 'stalled';

export const measuredSeconds = (measured: MixtapeState['measured'], track: Track): number =>
  measured[track.previewUrl] ?? track.clipSeconds;

export const clipSecondsOf = (s: MixtapeState, track: Track): number => measuredSeconds(s.measured, track);

/** The entry the engine should have loaded next, so the following clip starts without a gap. */
export const upcomingEntryId = (s: MixtapeState): string | undefined => {
  const { order, cursor, repeat, upNext, current } = s.queue;
  if (repeat === 'one') return current;
  const queued = upNext.find((q) => s.unavailable[q.entryId] === undefined);
  if (queued) return queued.entryId;
  for (let step = 1; step < order.length; step += 1) {
    const at = cursor + step;
    if (at >= order.length && repeat === 'off') return undefined;
    const id = order[at % order.length];
    if (id !== undefined && s.unavailable[id] === undefined) return id;
  }
  return undefined;
};

/** Tapes the user cannot change in place: the first edit makes their own copy. */
export const isOwnTape = (s: MixtapeState): boolean => s.shelf.tapes.some((t) => t.id === s.tape.id);

export const isVisiting = (s: MixtapeState): boolean => s.visiting !== null && s.tape.id === s.visiting.id;
