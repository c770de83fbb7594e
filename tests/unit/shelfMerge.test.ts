import { describe, expect, it } from 'vitest';
import { mergeShelves } from '../../src/model/shelfMerge';
import { makeTape } from '../support/tapes';

const tape = (id: string, updatedAt: number, title = id) => ({ ...makeTape(1), id, title, updatedAt });

describe('mergeShelves', () => {
  it('keeps tapes that only one side has', () => {
    const merged = mergeShelves(
      { tapes: [tape('a', 1)], deleted: {} },
      { tapes: [tape('b', 1)], deleted: {} },
    );
    expect(merged.tapes.map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('takes the newer version of a tape both have', () => {
    const mine = { tapes: [tape('a', 1, 'old')], deleted: {} };
    const theirs = { tapes: [tape('a', 5, 'new')], deleted: {} };
    expect(mergeShelves(mine, theirs).tapes[0]?.title).toBe('new');
    expect(mergeShelves(theirs, mine).tapes[0]?.title).toBe('new');
  });

  it('honours a deletion made after the last edit, but not before it', () => {
    const mine = { tapes: [tape('a', 3)], deleted: {} };
    expect(mergeShelves(mine, { tapes: [], deleted: { a: 4 } }).tapes).toHaveLength(0);
    expect(mergeShelves(mine, { tapes: [], deleted: { a: 2 } }).tapes).toHaveLength(1);
  });

  it('keeps extra fields of the first shelf', () => {
    const merged = mergeShelves({ tapes: [], deleted: {}, activeId: 'x' }, { tapes: [], deleted: {} });
    expect(merged.activeId).toBe('x');
  });
});
