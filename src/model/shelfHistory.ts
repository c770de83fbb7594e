import type { MergeableShelf } from './shelfMerge';
import type { Tape } from './tape';

/** A shelf as undo sees it: tapes, tombstones, and which tape is open. */
export interface HistoryShelf extends MergeableShelf {
  readonly activeId: string;
  /**
   * The ids of all its tapes in shelf order, when `tapes` holds only some of them (a step read back from
   * storage keeps just the tapes its edit touched); absent, `tapes` is the whole shelf.
   */
  readonly order?: readonly string[];
}

/**
 * The ids of the tapes an edit touched: those it added, removed or changed (by reference: every edit
 * makes a new tape object for the tape it changes, and keeps the others as they were).
 */
export function touchedTapes(before: MergeableShelf, after: MergeableShelf): string[] {
  const was = new Map(before.tapes.map((t) => [t.id, t]));
  const is = new Map(after.tapes.map((t) => [t.id, t]));
  const ids = new Set([...was.keys(), ...is.keys()]);
  return [...ids].filter((id) => was.get(id) !== is.get(id));
}

/**
 * Undo or redo of one edit, made as a new edit so that other tabs keep it.
 *
 * `to` is the shelf the edit started from (undo) or ended at (redo); only the tapes in `touched` are
 * brought back to how `to` has them, and every other tape stays as `current` has it, with whatever other
 * tabs have merged in since. Each tape brought back is stamped `now` (or just after its tombstone or the
 * version it replaces, should the clock not have moved), and its tombstone is lifted; each tape the undo removes gets one at `now`.
 * A snapshot put back as it was would carry older stamps than the versions other tabs hold, and
 * `mergeShelves` would then drop the restored tape (or the undone edit) at the next change in any tab.
 * The open tape becomes `to`'s. Pure; `current` and `to` are left unchanged.
 */
export function revertTapes<S extends HistoryShelf>(
  current: S,
  to: HistoryShelf,
  touched: readonly string[],
  now: number,
): S {
  const wanted = new Set(touched);
  const deleted: Record<string, number> = { ...current.deleted };
  const held = new Map(current.tapes.map((t) => [t.id, t.updatedAt ?? 0]));
  const back = new Map<string, Tape>();
  for (const tape of to.tapes) {
    if (!wanted.has(tape.id)) continue;
    // Newer than every version a tab may hold, and than the tombstone, whatever the clocks said.
    const stamp = Math.max(now, (deleted[tape.id] ?? -1) + 1, (held.get(tape.id) ?? -1) + 1);
    back.set(tape.id, { ...tape, updatedAt: stamp });
    delete deleted[tape.id];
  }
  const tapes: Tape[] = [];
  for (const tape of current.tapes) {
    if (!wanted.has(tape.id)) tapes.push(tape);
    else if (back.has(tape.id)) tapes.push(back.get(tape.id) as Tape);
    else deleted[tape.id] = now;
  }
  // A tape the undo brings back goes where it stood in `to`, after the tapes that stood before it.
  const order = to.order ?? to.tapes.map((t) => t.id);
  for (const tape of to.tapes) {
    const restored = back.get(tape.id);
    if (!restored || held.has(tape.id)) continue;
    const before = new Set(order.slice(0, Math.max(0, order.indexOf(tape.id))));
    const at = tapes.reduce((last, t, i) => (before.has(t.id) ? i + 1 : last), 0);
    tapes.splice(at, 0, restored);
  }
  return { ...current, tapes, deleted, activeId: to.activeId };
}
