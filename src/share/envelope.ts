import { deflateSync, inflateSync } from 'fflate';
import { fromBase64url, toBase64url } from './base64url';
import { SHARE_ERRORS, type ShareError } from './errors';
import { LIMITS } from './limits';

/**
 * The newest format this app reads and writes. Bumped only when links change shape; readers keep every
 * older version. 2 added catalog songs by reference; a link is written in the oldest format that holds it.
 */
export const SHARE_FORMAT_VERSION = 2;
export type ShareVersion = 1 | 2;
const VERSIONS: readonly ShareVersion[] = [1, 2];

// A payload is the version as one digit, then base64url of: a flags byte, the body (raw deflate when
// bit 0 is set), and a 16-bit checksum of everything before it (and of the digit), so a cut or mistyped
// link is caught. The envelope is the same in every version; only the body's records differ.
const DEFLATED = 1;

/** FNV-1a, 32-bit: tiny, and plenty to tell a damaged link from a whole one. */
export function fnv1a(bytes: Uint8Array, seed = 0x811c9dc5): number {
  let h = seed;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

function checksum(version: string, bytes: Uint8Array): number {
  const h = fnv1a(bytes, fnv1a(Uint8Array.of(version.charCodeAt(0))));
  return (h >>> 16) ^ (h & 0xffff);
}

export interface SealOptions {
  /** `false` keeps the body as it is. */
  readonly deflate?: boolean;
  /** The format the body is written in (formatVersionFor); 1, which every reader opens, unless told. */
  readonly version?: ShareVersion;
}

/** Wraps a body as a payload, deflated when that is shorter. */
export function seal(body: Uint8Array, options: SealOptions = {}): string {
  const version = options.version ?? 1;
  const packed = options.deflate === false ? body : deflateSync(body, { level: 9 });
  return packed.length < body.length ? wrap(DEFLATED, packed, version) : wrap(0, body, version);
}

/** The envelope alone: version, flags, bytes, checksum. Tests use it to hand the reader any bytes. */
export function wrap(flags: number, contents: Uint8Array, version: ShareVersion = 1): string {
  const mark = String(version);
  const bytes = new Uint8Array(contents.length + 3);
  bytes[0] = flags;
  bytes.set(contents, 1);
  const sum = checksum(mark, bytes.subarray(0, bytes.length - 2));
  bytes[bytes.length - 2] = sum >> 8;
  bytes[bytes.length - 1] = sum & 0xff;
  return mark + toBase64url(bytes);
}

export type Opened =
  | { readonly ok: true; readonly body: Uint8Array; readonly version: ShareVersion }
  | { readonly ok: false; readonly error: ShareError };

/** The body of a payload, checked and unpacked; never throws. */
export function unseal(payload: string): Opened {
  if (payload === '') return { ok: false, error: SHARE_ERRORS.empty };
  if (payload.length > LIMITS.payloadChars) return { ok: false, error: SHARE_ERRORS.tooLong };
  const mark = payload.charAt(0);
  const version = VERSIONS.find((known) => String(known) === mark);
  // The digits after the newest known are kept for the versions to come (format 1's readers say so of
  // every format 2 link); anything else was never a Mixtape link.
  if (version === undefined) {
    return { ok: false, error: /[1-9]/.test(mark) ? SHARE_ERRORS.newerVersion : SHARE_ERRORS.notMixtape };
  }
  const bytes = fromBase64url(payload.slice(1));
  if (!bytes || bytes.length < 3) return { ok: false, error: SHARE_ERRORS.damaged };
  const end = bytes.length - 2;
  const sum = ((bytes[end] ?? 0) << 8) | (bytes[end + 1] ?? 0);
  const flags = bytes[0] ?? 0;
  if (sum !== checksum(mark, bytes.subarray(0, end)) || flags & ~DEFLATED) {
    return { ok: false, error: SHARE_ERRORS.damaged };
  }
  const packed = bytes.subarray(1, end);
  return flags & DEFLATED ? inflateCapped(packed, version) : { ok: true, body: packed, version };
}

function inflateCapped(packed: Uint8Array, version: ShareVersion): Opened {
  // With an output buffer fflate never grows it: bytes past the end are dropped, so a deflate bomb
  // costs time bounded by the link's length but no memory. One spare byte shows the cap was passed.
  const out = new Uint8Array(LIMITS.bodyBytes + 1);
  try {
    const body = inflateSync(packed, { out });
    if (body.length > LIMITS.bodyBytes) return { ok: false, error: SHARE_ERRORS.unpacksTooLarge };
    return { ok: true, body, version };
  } catch {
    return { ok: false, error: SHARE_ERRORS.damaged };
  }
}
