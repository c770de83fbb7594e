import { deflateSync, inflateSync } from 'fflate';
import { fromBase64url, toBase64url } from './base64url';
import { SHARE_ERRORS, type ShareError } from './errors';
import { LIMITS } from './limits';

/** Bumped only when links change shape; readers keep every older version. */
export const SHARE_FORMAT_VERSION = 1;

// A payload is the version as one digit, then base64url of: a flags byte, the body (raw deflate when
// bit 0 is set), and a 16-bit checksum of everything before it, so a cut or mistyped link is caught.
const VERSION_MARK = String(SHARE_FORMAT_VERSION);
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

/** Wraps a body as a payload, deflated when that is shorter; `deflate: false` keeps it as it is. */
export function seal(body: Uint8Array, options: { readonly deflate?: boolean } = {}): string {
  const packed = options.deflate === false ? body : deflateSync(body, { level: 9 });
  return packed.length < body.length ? wrap(DEFLATED, packed) : wrap(0, body);
}

/** The envelope alone: version, flags, bytes, checksum. Tests use it to hand the reader any bytes. */
export function wrap(flags: number, contents: Uint8Array): string {
  const bytes = new Uint8Array(contents.length + 3);
  bytes[0] = flags;
  bytes.set(contents, 1);
  const sum = checksum(VERSION_MARK, bytes.subarray(0, bytes.length - 2));
  bytes[bytes.length - 2] = sum >> 8;
  bytes[bytes.length - 1] = sum & 0xff;
  return VERSION_MARK + toBase64url(bytes);
}

export type Opened =
  | { readonly ok: true; readonly body: Uint8Array }
  | { readonly ok: false; readonly error: ShareError };

/** The body of a payload, checked and unpacked; never throws. */
export function unseal(payload: string): Opened {
  if (payload === '') return { ok: false, error: SHARE_ERRORS.empty };
  if (payload.length > LIMITS.payloadChars) return { ok: false, error: SHARE_ERRORS.tooLong };
  const version = payload.charAt(0);
  // Digits 2–9 are kept for the versions to come; anything else was never a Mixtape link.
  if (version !== VERSION_MARK) {
    return { ok: false, error: /[2-9]/.test(version) ? SHARE_ERRORS.newerVersion : SHARE_ERRORS.notMixtape };
  }
  const bytes = fromBase64url(payload.slice(1));
  if (!bytes || bytes.length < 3) return { ok: false, error: SHARE_ERRORS.damaged };
  const end = bytes.length - 2;
  const sum = ((bytes[end] ?? 0) << 8) | (bytes[end + 1] ?? 0);
  const flags = bytes[0] ?? 0;
  if (sum !== checksum(version, bytes.subarray(0, end)) || flags & ~DEFLATED) {
    return { ok: false, error: SHARE_ERRORS.damaged };
  }
  const packed = bytes.subarray(1, end);
  return flags & DEFLATED ? inflateCapped(packed) : { ok: true, body: packed };
}

function inflateCapped(packed: Uint8Array): Opened {
  // With an output buffer fflate never grows it: bytes past the end are dropped, so a deflate bomb
  // costs time bounded by the link's length but no memory. One spare byte shows the cap was passed.
  const out = new Uint8Array(LIMITS.bodyBytes + 1);
  try {
    const body = inflateSync(packed, { out });
    if (body.length > LIMITS.bodyBytes) return { ok: false, error: SHARE_ERRORS.unpacksTooLarge };
    return { ok: true, body };
  } catch {
    return { ok: false, error: SHARE_ERRORS.damaged };
  }
}
