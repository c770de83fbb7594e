import type { ByteReader, ByteWriter } from './bytes';
import { SHARE_ERRORS, ShareFailure } from './errors';

// A catalog id is up to 20 decimal digits (the model's parseCatalogSongId). It travels as unsigned LEB128
// of its value: a 10-digit iTunes id in 5 bytes rather than 11 as text. Ids reach 10^20, past the 2^53
// a number holds exactly, so the arithmetic is BigInt; 10 bytes carry 70 bits, enough for any of them.
const MAX_BYTES = 10;

/** Leading zeros would be lost in the value, so such an id (no catalog issues them) travels as its digits. */
export function spellsOutCatalogId(digits: string): boolean {
  return digits.length > 1 && digits.startsWith('0');
}

export function writeCatalogId(w: ByteWriter, digits: string): void {
  if (spellsOutCatalogId(digits)) {
    w.string(digits);
    return;
  }
  let rest = BigInt(digits);
  while (rest >= 0x80n) {
    w.byte(Number(rest & 0x7fn) | 0x80);
    rest >>= 7n;
  }
  w.byte(Number(rest));
}

/** The digits as written; the schema, not this, checks that spelled-out ones are digits and short enough. */
export function readCatalogId(r: ByteReader, spelled: boolean): string {
  if (spelled) return r.string();
  let value = 0n;
  for (let i = 0; i < MAX_BYTES; i += 1) {
    const b = r.byte();
    value |= BigInt(b & 0x7f) << BigInt(7 * i);
    if (b < 0x80) return value.toString();
  }
  throw new ShareFailure(SHARE_ERRORS.damaged);
}
