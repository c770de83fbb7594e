import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sideCapacitySeconds } from '../../src/model/tape';
import {
  appendTracks,
  removeTrack,
  renameTape,
  setLinerNotes,
  sideUsage,
  updateTrack,
} from '../../src/model/tapeEdits';
import { makeTape, makeTrack } from '../support/tapes';

/** No lone half of a surrogate pair (String.prototype.isWellFormed, ES2024, spelled for our ES2023 lib). */
const wellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

const ids = (t: { tracks: readonly { id: string }[] }) => t.tracks.map((x) => x.id);

describe('removeTrack', () => {
  it('keeps the split in place around the removed entry', () => {
    const tape = makeTape(5, 3);
    expect(removeTrack(tape, 't2').sideBStart).toBe(2);
    expect(removeTrack(tape, 't4').sideBStart).toBe(3);
    expect(removeTrack(tape, 'ghost')).toBe(tape);
  });
});

describe('appendTracks', () => {
  it('fills side A while side B is blank and it has room', () => {
    const tape = { ...makeTape(0), sideBStart: 0 };
    const added = appendTracks(tape, [makeTrack(1), makeTrack(2)]);
    expect(added.sideBStart).toBe(2);
  });

  it('goes to side B once side A is full', () => {
    const long = (n: number) => makeTrack(n, { fullSeconds: 600 });
    const added = appendTracks({ ...makeTape(0), sideBStart: 0 }, [long(1), long(2), long(3), long(4)]);
    expect(added.sideBStart).toBe(3); // 3 × 10 min fills a C60's 30-minute side
    expect(ids(added)).toEqual(['t1', 't2', 't3', 't4']);
  });

  it('adds to the end of side B when side B has tracks', () => {
    const added = appendTracks(makeTape(4, 2), [makeTrack(9)]);
    expect(ids(added).at(-1)).toBe('t9');
    expect(added.sideBStart).toBe(2);
  });

  it('lets the same song sit on a tape twice under separate entry ids', () => {
    const twice = appendTracks(makeTape(1, 1), [makeTrack(1, { id: 'again' })]);
    expect(twice.tracks.map((t) => t.songId)).toEqual(['s1', 's1']);
    expect(new Set(ids(twice)).size).toBe(2);
  });
});

describe('edits of text', () => {
  it('trims titles and refuses an empty one', () => {
    const tape = makeTape(1);
    expect(renameTape(tape, '  Road   trip  ').title).toBe('Road trip');
    expect(renameTape(tape, '   ')).toBe(tape);
    expect(renameTape(tape, 'x'.repeat(300)).title).toHaveLength(100);
  });

  it('cuts a long title between characters, never inside one (an emoji at the 100th place goes whole)', () => {
    const title = renameTape(makeTape(1), `${'x'.repeat(99)}🎵 and more`).title;
    expect(title).toBe('x'.repeat(99));
    expect(wellFormed(title)).toBe(true);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 150 }), (text) => {
        const renamed = renameTape(makeTape(1), text).title;
        expect(renamed.length).toBeLessThanOrEqual(100);
        expect(wellFormed(renamed)).toBe(true);
      }),
    );
  });

  it('edits a track title and artist, ignoring a blank title', () => {
    const tape = updateTrack(makeTape(2), 't2', { title: ' New ', artist: 'Someone' });
    expect(tape.tracks[1]).toMatchObject({ title: 'New', artist: 'Someone' });
    expect(updateTrack(tape, 't2', { title: '  ' }).tracks[1]?.title).toBe('New');
  });

  it('drops empty liner notes', () => {
    const noted = setLinerNotes(makeTape(1), 'for you');
    expect(noted.linerNotes).toBe('for you');
    expect('linerNotes' in setLinerNotes(noted, '  ')).toBe(false);
  });
});

describe('sideUsage', () => {
  it('counts full songs where known and warns past the side', () => {
    const tape = { ...makeTape(3, 2), length: 'C46' as const };
    const withLong = {
      ...tape,
      tracks: tape.tracks.map((t, i) => (i === 0 ? { ...t, fullSeconds: 1500 } : t)),
    };
    const [a, b] = sideUsage(withLong);
    expect(a).toEqual({ side: 'A', used: 1520, capacity: 1380, over: 140 });
    expect(b.used).toBe(20);
    expect(b.over).toBe(0);
    expect(sideCapacitySeconds('C90')).toBe(2700);
  });
});
