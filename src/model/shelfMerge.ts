import type { Tape } from './tape';

export interface MergeableShelf {
  readonly tapes: readonly Tape[];
  readonly deleted: Readonly<Record<string, number>>;
}

/**
 * Joins two tabs' shelves so neither tab's edits are lost: every tape either side has, in the newer
 * of its two versions; a tape stays deleted only if it was deleted after its last edit.
 * Commutative, so both tabs converge on the same shelf.
 */
export function mergeShelves<S extends MergeableShelf>(mine: S, theirs: MergeableShelf): S {
  const deleted: Record<string, number> = { ...mine.deleted };
  for (const [id, at] of Object.entries(theirs.deleted)) deleted[id] = Math.max(deleted[id] ?? 0, at);
  const newest = new Map<string, Tape>();
  const order: string[] = [];
  for (const tape of [...mine.tapes, ...theirs.tapes]) {
    const held = newest.get(tape.id);
    if (!held) order.push(tape.id);
    if (!held || (tape.updatedAt ?? 0) > (held.updatedAt ?? 0)) newest.set(tape.id, tape);
  }
  const tapes = order
    .map((id) => newest.get(id))
    .filter((t): t is Tape => t !== undefined && (deleted[t.id] ?? -1) < (t.updatedAt ?? 0));
  return { ...mine, tapes, deleted };
}
