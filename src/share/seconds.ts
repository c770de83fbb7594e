import type { ByteReader, ByteWriter } from './bytes';
import { SHARE_ERRORS, ShareFailure } from './errors';

// A duration is a varint whose low two bits say how to read it: whole seconds and milliseconds take
// 2–5 bytes; any other double (audio elements report lengths like 29.988571428571428) is kept exact.
const WHOLE = 0;
const MILLIS = 1;
const DOUBLE = 2;

export function writeSeconds(w: ByteWriter, seconds: number): void {
  if (Number.isInteger(seconds)) {
    w.varint(seconds * 4 + WHOLE);
  } else if (Math.round(seconds * 1000) / 1000 === seconds) {
    w.varint(Math.round(seconds * 1000) * 4 + MILLIS);
  } else {
    w.varint(DOUBLE).float64(seconds);
  }
}

export function readSeconds(r: ByteReader): number {
  const head = r.varint();
  const tag = head % 4;
  const value = Math.floor(head / 4);
  if (tag === WHOLE) return value;
  if (tag === MILLIS) return value / 1000;
  if (tag === DOUBLE && value === 0) return r.float64();
  throw new ShareFailure(SHARE_ERRORS.damaged);
}
