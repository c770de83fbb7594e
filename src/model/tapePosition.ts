import { clampSplit, type Side, sideOfIndex, type Tape } from './tape';

/**
 * Real compact-cassette geometry (IEC 60094): tape runs at 4.76 cm/s past the head; an empty hub
 * is about 11 mm in radius, and a full C-60 reel about 25 mm. The wound reel's cross-section grows
 * with the tape on it, so radius goes with the square root of the length wound.
 */
export const TAPE_SPEED_CM_S = 4.76;
export const HUB_RADIUS_CM = 1.1;
export const FULL_REEL_RADIUS_CM = 2.5;

export interface SidePosition {
  readonly side: Side;
  /** Seconds of this side already played, counting earlier tracks on the side. */
  readonly elapsed: number;
  readonly length: number;
}

/** Where in the current side the tape is, from clip lengths (what actually runs past the head). */
export function sidePosition(
  tape: Tape,
  index: number,
  positionInTrack: number,
  clipSeconds: (trackIndex: number) => number,
): SidePosition {
  const split = clampSplit(tape.sideBStart, tape.tracks.length);
  const side = sideOfIndex(tape, index);
  const [from, to] = side === 'A' ? [0, split] : [split, tape.tracks.length];
  let length = 0;
  let elapsed = 0;
  for (let i = from; i < to; i += 1) {
    const secs = clipSeconds(i);
    length += secs;
    if (i < index) elapsed += secs;
  }
  if (index >= from && index < to) elapsed += Math.min(Math.max(0, positionInTrack), clipSeconds(index));
  return { side, elapsed: Math.min(elapsed, length), length };
}

export interface ReelState {
  /** Radius of the tape wound on each reel, in centimetres. */
  readonly supplyRadius: number;
  readonly takeUpRadius: number;
  /** How far each hub has turned, in degrees, since the start of the side. */
  readonly supplyAngle: number;
  readonly takeUpAngle: number;
}

function radiusFor(fraction: number): number {
  const f = Math.min(Math.max(fraction, 0), 1);
  return Math.sqrt(HUB_RADIUS_CM ** 2 + f * (FULL_REEL_RADIUS_CM ** 2 - HUB_RADIUS_CM ** 2));
}

/**
 * Reel radii and hub angles at a point in a side. The angle is the integral of v / r(s) ds, which
 * has the closed form 2·(r(s) − r₀)/k with k = (R² − r₀²)/L; so the reels turn faster as their tape
 * thins, exactly as on a deck at constant tape speed, and stop the instant the tape does.
 */
export function reelState(elapsed: number, length: number): ReelState {
  if (length <= 0) {
    return { supplyRadius: radiusFor(1), takeUpRadius: radiusFor(0), supplyAngle: 0, takeUpAngle: 0 };
  }
  const fraction = Math.min(Math.max(elapsed / length, 0), 1);
  const lengthCm = length * TAPE_SPEED_CM_S;
  const k = (FULL_REEL_RADIUS_CM ** 2 - HUB_RADIUS_CM ** 2) / lengthCm;
  const takeUpRadius = radiusFor(fraction);
  const supplyRadius = radiusFor(1 - fraction);
  const toDegrees = 180 / Math.PI;
  const takeUpAngle = ((2 * (takeUpRadius - HUB_RADIUS_CM)) / k) * toDegrees;
  const supplyAngle = ((2 * (FULL_REEL_RADIUS_CM - supplyRadius)) / k) * toDegrees;
  return { supplyRadius, takeUpRadius, supplyAngle, takeUpAngle };
}
