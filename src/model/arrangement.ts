import { moveInArray } from './queueOrder';
import { clampSplit, type Tape } from './tape';
import type { Track } from './track';

/**
 * A tape seen as one sortable list: side A's entries, a marker where the tape turns over, side B's.
 * Moving an entry across the marker moves it to the other side, so reordering within a side and
 * between sides is one operation, for the mouse, touch and the keyboard alike.
 */
export const SIDE_B_MARKER = '--side-b--';

export function arrangementOf(tape: Tape): string[] {
  const ids = tape.tracks.map((t) => t.id);
  const split = clampSplit(tape.sideBStart, ids.length);
  return [...ids.slice(0, split), SIDE_B_MARKER, ...ids.slice(split)];
}

/** Rebuilds the tape from an arrangement; entries the arrangement does not name are dropped. */
export function withArrangement(tape: Tape, arrangement: readonly string[]): Tape {
  const byId = new Map(tape.tracks.map((t) => [t.id, t] as const));
  const tracks: Track[] = [];
  let sideBStart = -1;
  for (const id of arrangement) {
    if (id === SIDE_B_MARKER) {
      sideBStart = tracks.length;
      continue;
    }
    const track = byId.get(id);
    if (track) {
      tracks.push(track);
      byId.delete(id);
    }
  }
  return { ...tape, tracks, sideBStart: sideBStart < 0 ? tracks.length : sideBStart };
}

/** Moves `activeId` to where `overId` sits in the arrangement (the drag-and-drop drop). */
export function moveOnto(tape: Tape, activeId: string, overId: string): Tape {
  const arrangement = arrangementOf(tape);
  const from = arrangement.indexOf(activeId);
  const to = arrangement.indexOf(overId);
  if (activeId === SIDE_B_MARKER || from < 0 || to < 0 || from === to) return tape;
  return withArrangement(tape, moveInArray(arrangement, from, to));
}

/** One step up or down; stepping past the turn moves the entry to the end or start of the other side. */
export function moveBy(tape: Tape, entryId: string, delta: -1 | 1): Tape {
  const arrangement = arrangementOf(tape);
  const from = arrangement.indexOf(entryId);
  if (from < 0) return tape;
  return withArrangement(tape, moveInArray(arrangement, from, from + delta));
}

/** The 1-based place of an entry on the whole tape, and its side, as announced to screen readers. */
export function placeOf(
  tape: Tape,
  entryId: string,
): { place: number; total: number; side: 'A' | 'B' } | null {
  const index = tape.tracks.findIndex((t) => t.id === entryId);
  if (index < 0) return null;
  return {
    place: index + 1,
    total: tape.tracks.length,
    side: index < clampSplit(tape.sideBStart, tape.tracks.length) ? 'A' : 'B',
  };
}
