import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { revertTapes, touchedTapes } from '../../src/model/shelfHistory';
import { mergeShelves } from '../../src/model/shelfMerge';
import type { Tape } from '../../src/model/tape';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import { isOwnTape } from '../../src/store/selectors';
import type { ShelfState } from '../../src/store/shelfSlice';
import { makeTape } from '../support/tapes';

const tape = (id: string, title: string, updatedAt: number): Tape => ({
  ...makeTape(2),
  id,
  title,
  updatedAt,
});

describe('revertTapes', () => {
  const a1 = tape('a', 'A', 10);
  const b1 = tape('b', 'B', 11);
  const before: ShelfState = { tapes: [a1, b1], activeId: 'a', deleted: {} };
  const afterDelete: ShelfState = { tapes: [b1], activeId: 'b', deleted: { a: 20 } };

  it('brings a deleted tape back at its place, newer than its tombstone, which it lifts', () => {
    const touched = touchedTapes(before, afterDelete);
    expect(touched).toEqual(['a']);
    const undone = revertTapes(afterDelete, before, touched, 15);
    expect(undone.tapes.map((t) => [t.id, t.title])).toEqual([
      ['a', 'A'],
      ['b', 'B'],
    ]);
    expect(undone.tapes[0]?.updatedAt).toBe(21);
    expect(undone.deleted).toEqual({});
    expect(undone.activeId).toBe('a');
  });

  it('keeps what other tabs changed since, in the tapes the edit did not touch', () => {
    const b2 = tape('b', 'B, renamed in another tab', 25);
    const c = tape('c', 'C, new in another tab', 26);
    const current: ShelfState = { tapes: [b2, c], activeId: 'b', deleted: { a: 20 } };
    const undone = revertTapes(current, before, ['a'], 30);
    expect(undone.tapes.map((t) => t.title)).toEqual([
      'A',
      'B, renamed in another tab',
      'C, new in another tab',
    ]);
  });

  it('gives a tape the undo removes a tombstone, so other tabs drop it too', () => {
    const added: ShelfState = { tapes: [a1, b1, tape('n', 'New', 30)], activeId: 'n', deleted: {} };
    const undone = revertTapes(added, before, touchedTapes(before, added), 40);
    expect(undone.tapes.map((t) => t.id)).toEqual(['a', 'b']);
    expect(undone.deleted).toEqual({ n: 40 });
    expect(mergeShelves(added, undone).tapes.map((t) => t.id)).toEqual(['a', 'b']);
  });
});

/** Two tabs of the app on one shelf: each a store, the storage event being a merge of the other's shelf. */
function twoTabs() {
  let clock = 1000;
  let ids = 0;
  const options = {
    tape: { ...makeTape(3), id: 'builtin' },
    now: () => {
      clock += 1;
      return clock;
    },
    newId: () => {
      ids += 1;
      return `tape${ids}`;
    },
  };
  return [createMixtapeStore(options), createMixtapeStore(options)] as const;
}

const sync = (from: MixtapeStore, to: MixtapeStore) => to.getState().mergeShelf(from.getState().shelf);

describe('undo across two tabs', () => {
  it('a delete undone in tab A survives any change in tab B, and a reload of either', () => {
    const [a, b] = twoTabs();
    a.getState().newTape();
    const id = a.getState().tape.id;
    sync(a, b);
    a.getState().deleteTape(id);
    sync(a, b);
    a.getState().undo();
    sync(a, b);
    b.getState().newTape();
    sync(b, a);
    for (const tab of [a, b]) expect(tab.getState().shelf.tapes.map((t) => t.id)).toContain(id);
  });

  it('an edit undone in tab A is not brought back by tab B, which had seen it', () => {
    const [a, b] = twoTabs();
    a.getState().newTape();
    a.getState().renameTape('First');
    a.getState().renameTape('Second');
    sync(a, b);
    a.getState().undo();
    sync(b, a);
    sync(a, b);
    for (const tab of [a, b]) expect(tab.getState().shelf.tapes.map((t) => t.title)).toEqual(['First']);
  });

  /** One thing done in one tab; `pick` chooses among that tab's tapes where the step needs one. */
  interface Step {
    tab: 0 | 1;
    op: 'new' | 'undo' | 'redo' | 'sync' | 'rename' | 'delete' | 'open';
    pick: number;
  }
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      tab: fc.constantFrom(0 as const, 1 as const),
      op: fc.constantFrom('new', 'undo', 'redo', 'sync'),
      pick: fc.constant(0),
    }),
    fc.record({
      tab: fc.constantFrom(0 as const, 1 as const),
      op: fc.constantFrom('rename', 'delete', 'open'),
      pick: fc.nat(),
    }),
  );

  it('any edits, deletes, undos and redos in two tabs: both converge on the last thing done to each tape', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const tabs = twoTabs();
        /** For each tape, what the user last did to it in either tab: its title, or null once gone. */
        const last = new Map<string, string | null>();
        const record = (before: ShelfState, after: ShelfState) => {
          for (const id of touchedTapes(before, after)) {
            last.set(id, after.tapes.find((t) => t.id === id)?.title ?? null);
          }
        };
        for (const [n, s] of steps.entries()) {
          const tab = tabs[s.tab];
          const other = tabs[s.tab === 0 ? 1 : 0];
          const state = tab.getState();
          const own = state.shelf.tapes;
          const before = state.shelf;
          if (s.op === 'sync') {
            sync(tab, other);
            continue;
          }
          if (s.op === 'new') state.newTape();
          else if (s.op === 'undo') state.undo();
          else if (s.op === 'redo') state.redo();
          else if (own.length > 0) {
            const target = own[s.pick % own.length] as Tape;
            if (s.op === 'delete') state.deleteTape(target.id);
            else if (s.op === 'open') state.openTape(target.id);
            else if (isOwnTape(state)) state.renameTape(`step ${n}`);
          }
          record(before, tab.getState().shelf);
        }
        const [a, b] = tabs;
        sync(a, b);
        sync(b, a);
        const titles = (tab: MixtapeStore) =>
          Object.fromEntries(tab.getState().shelf.tapes.map((t) => [t.id, t.title]));
        expect(titles(a)).toEqual(titles(b));
        const expected = Object.fromEntries([...last].filter(([, title]) => title !== null));
        expect(titles(a)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
