import type { Track } from './track';

export type Side = 'A' | 'B';

/** Cassette lengths people bought: total minutes, half on each side. */
export type TapeLength = 'C46' | 'C60' | 'C90';

export const TAPE_LENGTHS: readonly TapeLength[] = ['C46', 'C60', 'C90'];

export function sideCapacitySeconds(length: TapeLength): number {
  return (Number(length.slice(1)) / 2) * 60;
}

export interface TapeColors {
  readonly shell: string;
  readonly label: string;
}

/**
 * Who a tape is for and why (issue 15): names of at most GIFT_CAPS.name and a message of at most
 * GIFT_CAPS.message characters (model/gift.ts), any of them possibly empty but never all three.
 */
export interface Dedication {
  readonly from: string;
  readonly to: string;
  readonly message: string;
}

/** The tape a tape answers ("Make one back"): its title and who sent it (empty when it did not say). */
export interface ReplyTo {
  readonly title: string;
  readonly from: string;
}

export interface Tape {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly tracks: readonly Track[];
  /** Index of the first track on side B; equal to `tracks.length` when side B is empty. */
  readonly sideBStart: number;
  readonly colors: TapeColors;
  readonly length: TapeLength;
  readonly linerNotes?: string;
  readonly dedication?: Dedication;
  readonly replyTo?: ReplyTo;
  /** Last change, in ms since the epoch; lets two tabs merge their shelves without losing edits. */
  readonly updatedAt?: number;
}

export interface SideView {
  readonly side: Side;
  /** Index in `tape.tracks` of this side's first track. */
  readonly offset: number;
  readonly tracks: readonly Track[];
}

export function sidesOf(tape: Tape): readonly [SideView, SideView] {
  const split = clampSplit(tape.sideBStart, tape.tracks.length);
  return [
    { side: 'A', offset: 0, tracks: tape.tracks.slice(0, split) },
    { side: 'B', offset: split, tracks: tape.tracks.slice(split) },
  ];
}

export function sideOfIndex(tape: Tape, index: number): Side {
  // A tape with nothing on it rests at the start of side A, as a blank cassette comes out of its box.
  if (tape.tracks.length === 0) return 'A';
  return index < clampSplit(tape.sideBStart, tape.tracks.length) ? 'A' : 'B';
}

export function findTrack(tape: Tape, id: string | undefined): Track | undefined {
  return id === undefined ? undefined : tape.tracks.find((t) => t.id === id);
}

export function clampSplit(split: number, length: number): number {
  return Math.min(Math.max(0, Math.round(split)), length);
}

/**
 * Where to turn the tape over so the two sides run as evenly as possible, as one would fill a C-60 by
 * hand: songs never straddle the sides, and when two splits balance equally, side A takes the extra song.
 */
export function balancedSplit(seconds: readonly number[]): number {
  const total = seconds.reduce((sum, s) => sum + s, 0);
  let best = 0;
  let bestGap = Number.POSITIVE_INFINITY;
  let sideA = 0;
  for (let split = 0; split <= seconds.length; split += 1) {
    const gap = Math.abs(sideA - (total - sideA));
    if (gap <= bestGap) {
      best = split;
      bestGap = gap;
    }
    sideA += seconds[split] ?? 0;
  }
  return best;
}
