import { balancedSplit, sideCapacitySeconds, TAPE_LENGTHS, type TapeLength } from './tape';
import { countedSeconds, type Track } from './track';

/** Side A filled from the top while songs fit; `fits`: side B holds the rest. */
function fillFromTop(seconds: readonly number[], capacity: number): { split: number; fits: boolean } {
  let split = 0;
  let sideA = 0;
  for (const s of seconds) {
    if (sideA + s > capacity) break;
    sideA += s;
    split += 1;
  }
  const sideB = seconds.reduce((sum, s) => sum + s, 0) - sideA;
  return { split, fits: sideB <= capacity };
}

/**
 * Where to turn over a tape recorded from a list in one go (an imported playlist), as one records a
 * cassette from the top: side A takes the songs in order while they fit its running time, side B the rest,
 * so a list that fits on one side stays on side A and side B is left blank. Songs never straddle the sides.
 * Filling A first leaves B the least, so whenever some split fits both sides, this one does. When none
 * does (the list is longer than the tape), both sides share the overrun (balancedSplit) rather than side B
 * taking it all.
 * `seconds`: each song's length on the tape (tapeSeconds), in order; `capacity`: one side's, in seconds.
 * Returns the index of side B's first song (the tape's `sideBStart`).
 */
export function fillSplit(seconds: readonly number[], capacity: number): number {
  const { split, fits } = fillFromTop(seconds, capacity);
  return fits ? split : balancedSplit(seconds);
}

/**
 * The shortest cassette (C46, C60, C90) whose sides hold these songs, whole songs to a side, and where to
 * turn it over (fillSplit); the longest there is when none holds them. `seconds` as for fillSplit.
 */
export function layoutToHold(seconds: readonly number[]): { length: TapeLength; sideBStart: number } {
  const length = TAPE_LENGTHS.find((l) => fillFromTop(seconds, sideCapacitySeconds(l)).fits) ?? 'C90';
  return { length, sideBStart: fillSplit(seconds, sideCapacitySeconds(length)) };
}

/** layoutToHold for a playlist's songs, each counted as long as its row on the tape shows (countedSeconds). */
export function playlistLayout(songs: readonly Omit<Track, 'id'>[]): {
  length: TapeLength;
  sideBStart: number;
} {
  // An entry id has no bearing on a length; the songs get theirs only as they join the tape.
  return layoutToHold(songs.map((song) => countedSeconds({ ...song, id: '' })));
}
