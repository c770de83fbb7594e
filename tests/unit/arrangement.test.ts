import { describe, expect, it } from 'vitest';
import {
  arrangementOf,
  moveBy,
  moveOnto,
  placeOf,
  SIDE_B_MARKER,
  withArrangement,
} from '../../src/model/arrangement';
import { makeTape } from '../support/tapes';

const ids = (t: { tracks: readonly { id: string }[] }) => t.tracks.map((x) => x.id);
const tape = makeTape(5, 3); // A: t1 t2 t3 | B: t4 t5

describe('arrangement', () => {
  it('puts the side B marker at the split', () => {
    expect(arrangementOf(tape)).toEqual(['t1', 't2', 't3', SIDE_B_MARKER, 't4', 't5']);
  });

  it('round-trips through withArrangement', () => {
    expect(withArrangement(tape, arrangementOf(tape))).toEqual(tape);
  });

  it('a missing marker means everything is on side A', () => {
    expect(withArrangement(tape, ['t2', 't1']).sideBStart).toBe(2);
  });
});

describe('moveOnto (drag and drop)', () => {
  it('moves track 3 below track 5 (across the turn, to the end of side B)', () => {
    const moved = moveOnto(tape, 't3', 't5');
    expect(ids(moved)).toEqual(['t1', 't2', 't4', 't5', 't3']);
    expect(moved.sideBStart).toBe(2);
  });

  it('moves a side B track to the top of side A', () => {
    const moved = moveOnto(tape, 't5', 't1');
    expect(ids(moved)).toEqual(['t5', 't1', 't2', 't3', 't4']);
    expect(moved.sideBStart).toBe(4);
  });

  it('dropping on the marker moves a track to the other side of the turn', () => {
    expect(moveOnto(tape, 't1', SIDE_B_MARKER).sideBStart).toBe(2);
    expect(ids(moveOnto(tape, 't1', SIDE_B_MARKER))).toEqual(['t2', 't3', 't1', 't4', 't5']);
    const up = moveOnto(tape, 't4', SIDE_B_MARKER);
    expect(ids(up)).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(up.sideBStart).toBe(4);
  });

  it('leaves the tape alone for no-op or unknown moves', () => {
    expect(moveOnto(tape, 't1', 't1')).toBe(tape);
    expect(moveOnto(tape, 'ghost', 't1')).toBe(tape);
    expect(moveOnto(tape, SIDE_B_MARKER, 't1')).toBe(tape);
  });
});

describe('moveBy (Move up / Move down)', () => {
  it('swaps with the neighbour within a side', () => {
    expect(ids(moveBy(tape, 't2', -1))).toEqual(['t2', 't1', 't3', 't4', 't5']);
  });

  it('steps across the turn', () => {
    const down = moveBy(tape, 't3', 1);
    expect(ids(down)).toEqual(ids(tape));
    expect(down.sideBStart).toBe(2);
    const up = moveBy(tape, 't4', -1);
    expect(up.sideBStart).toBe(4);
  });

  it('stops at the ends of the tape', () => {
    expect(ids(moveBy(tape, 't1', -1))).toEqual(ids(tape));
    expect(ids(moveBy(tape, 't5', 1))).toEqual(ids(tape));
  });
});

describe('placeOf', () => {
  it('gives the 1-based place on the whole tape and the side', () => {
    expect(placeOf(tape, 't4')).toEqual({ place: 4, total: 5, side: 'B' });
    expect(placeOf(tape, 'ghost')).toBeNull();
  });
});
