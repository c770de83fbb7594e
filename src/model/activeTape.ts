import type { Tape } from './tape';

/**
 * The tape a shelf says is open: one of its own tapes, a built-in one or the visiting tape (from a link),
 * by `activeId`; the first built-in tape when that one is gone. Throws when there are no built-in tapes,
 * as the app always ships one.
 */
export function resolveActiveTape(
  shelf: { readonly tapes: readonly Tape[]; readonly activeId: string },
  builtIns: readonly Tape[],
  visiting: Tape | null,
): Tape {
  const found =
    shelf.tapes.find((t) => t.id === shelf.activeId) ??
    builtIns.find((t) => t.id === shelf.activeId) ??
    (visiting?.id === shelf.activeId ? visiting : undefined) ??
    builtIns[0];
  if (!found) throw new Error('the app needs at least one built-in tape');
  return found;
}
