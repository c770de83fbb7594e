import { describe, expect, it } from 'vitest';
import {
  FULL_REEL_RADIUS_CM,
  HUB_RADIUS_CM,
  reelState,
  sidePosition,
  TAPE_SPEED_CM_S,
} from '../../src/model/tapePosition';
import { makeTape } from '../support/tapes';

describe('sidePosition', () => {
  const tape = makeTape(5, 3);
  const seconds = [10, 20, 30, 40, 50];
  const clip = (i: number) => seconds[i] ?? 0;

  it('counts earlier tracks on the same side', () => {
    expect(sidePosition(tape, 2, 5, clip)).toEqual({ side: 'A', elapsed: 35, length: 60 });
  });

  it('starts side B from zero', () => {
    expect(sidePosition(tape, 3, 4, clip)).toEqual({ side: 'B', elapsed: 4, length: 90 });
    expect(sidePosition(tape, 4, 0, clip)).toEqual({ side: 'B', elapsed: 40, length: 90 });
  });

  it('clamps positions outside the clip', () => {
    expect(sidePosition(tape, 0, 99, clip).elapsed).toBe(10);
    expect(sidePosition(tape, 0, -5, clip).elapsed).toBe(0);
  });
});

describe('reelState', () => {
  it('starts with all tape on the supply reel and ends with it on the take-up reel', () => {
    const start = reelState(0, 600);
    expect(start.supplyRadius).toBeCloseTo(FULL_REEL_RADIUS_CM);
    expect(start.takeUpRadius).toBeCloseTo(HUB_RADIUS_CM);
    const end = reelState(600, 600);
    expect(end.supplyRadius).toBeCloseTo(HUB_RADIUS_CM);
    expect(end.takeUpRadius).toBeCloseTo(FULL_REEL_RADIUS_CM);
  });

  it('conserves tape: the two packs always hold the whole side', () => {
    const area = (r: number) => r * r - HUB_RADIUS_CM ** 2;
    for (const t of [0, 100, 250, 431, 600]) {
      const s = reelState(t, 600);
      expect(area(s.supplyRadius) + area(s.takeUpRadius)).toBeCloseTo(area(FULL_REEL_RADIUS_CM));
    }
  });

  it('has the same radius on both reels halfway through', () => {
    const half = reelState(300, 600);
    expect(half.supplyRadius).toBeCloseTo(half.takeUpRadius);
  });

  it('turns each hub at tape speed over its radius (constant linear speed)', () => {
    const t = 200;
    const dt = 0.01;
    const a = reelState(t, 600);
    const b = reelState(t + dt, 600);
    const takeUpRate = ((b.takeUpAngle - a.takeUpAngle) * Math.PI) / 180 / dt;
    const supplyRate = ((b.supplyAngle - a.supplyAngle) * Math.PI) / 180 / dt;
    expect(takeUpRate).toBeCloseTo(TAPE_SPEED_CM_S / a.takeUpRadius, 2);
    expect(supplyRate).toBeCloseTo(TAPE_SPEED_CM_S / a.supplyRadius, 2);
    // The thin reel spins faster than the fat one.
    expect(takeUpRate).toBeGreaterThan(supplyRate);
  });

  it('rests with an empty side', () => {
    expect(reelState(5, 0).takeUpAngle).toBe(0);
  });
});
