import { describe, expect, it } from 'vitest';
import { resolveActiveTape } from '../../src/model/activeTape';
import { blankTape, importedTape } from '../../src/model/newTape';
import { dealColors, LABEL_COLORS, SHELL_COLORS } from '../../src/model/palettes';
import { makeTape, makeTrack } from '../support/tapes';

describe('dealColors', () => {
  it('deals each palette in turn and goes round', () => {
    expect(dealColors(0)).toEqual({ shell: SHELL_COLORS[0], label: LABEL_COLORS[0] });
    expect(dealColors(1)).toEqual({ shell: SHELL_COLORS[1], label: LABEL_COLORS[1] });
    expect(dealColors(SHELL_COLORS.length)).toEqual(dealColors(0));
  });
});

describe('blankTape', () => {
  it('names the first tape on the shelf apart, and numbers the rest', () => {
    const first = blankTape({ id: 'a', n: 0, now: 5 });
    expect(first).toEqual({
      id: 'a',
      title: 'My first mixtape',
      tracks: [],
      sideBStart: 0,
      colors: dealColors(0),
      length: 'C60',
      updatedAt: 5,
    });
    expect(blankTape({ id: 'b', n: 2, now: 5 })).toMatchObject({ title: 'Mixtape 3', colors: dealColors(2) });
  });
});

describe('importedTape', () => {
  const tracks = [makeTrack(1), makeTrack(2)];
  const layout = { length: 'C90', sideBStart: 1 } as const;

  it('keeps the entries in order with the layout given', () => {
    const tape = importedTape({ id: 'p', n: 1, now: 7 }, 'Road trip', tracks, layout);
    expect(tape).toEqual({
      id: 'p',
      title: 'Road trip',
      tracks,
      length: 'C90',
      sideBStart: 1,
      colors: dealColors(1),
      updatedAt: 7,
    });
  });

  it('trims the title, cuts it to 100 characters, and names a blank one', () => {
    const stamp = { id: 'p', n: 0, now: 7 };
    expect(importedTape(stamp, '  Road trip \n', tracks, layout).title).toBe('Road trip');
    expect(importedTape(stamp, 'x'.repeat(150), tracks, layout).title).toHaveLength(100);
    expect(importedTape(stamp, '   ', tracks, layout).title).toBe('Imported playlist');
  });
});

describe('resolveActiveTape', () => {
  const builtIn = { ...makeTape(2), id: 'juno' };
  const own = { ...makeTape(1), id: 'own' };
  const visiting = { ...makeTape(3), id: 'link' };

  it('finds the open tape on the shelf, among the built-ins, or visiting', () => {
    expect(resolveActiveTape({ tapes: [own], activeId: 'own' }, [builtIn], visiting)).toBe(own);
    expect(resolveActiveTape({ tapes: [own], activeId: 'juno' }, [builtIn], visiting)).toBe(builtIn);
    expect(resolveActiveTape({ tapes: [own], activeId: 'link' }, [builtIn], visiting)).toBe(visiting);
  });

  it('falls back to the first built-in tape when the open one is gone', () => {
    expect(resolveActiveTape({ tapes: [own], activeId: 'deleted' }, [builtIn], null)).toBe(builtIn);
    expect(() => resolveActiveTape({ tapes: [], activeId: 'x' }, [], null)).toThrow(/built-in/);
  });
});
