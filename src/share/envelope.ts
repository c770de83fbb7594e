import { deflateSync, inflateSync } from 'fflate';
import { fromBase64url, toBase64url } from './base64url';
import { SHARE_ERRORS, type ShareError } from './errors';
import { LIMITS } from './limits';

/**
 * The newest format this app reads and writes. Bumped only when links change shape; readers keep every
 * older version. 2 added catalog songs by reference, 3 a dedication, notes, a reply reference and songs named
 * without an address; a link is written in the oldest format that holds it.
 */
export const SHARE_FORMAT_VERSION = 3;
export type ShareVersion = 1 | 2 | 3;
const VERSIONS: readonly ShareVersion[] = [1, 2, 3];

// A payload is the version as one digit, then base64url of: a flags byte, the body (raw deflate when
// bit 0 is set), and a 16-bit checksum of everything before it (and of the digit), so a cut or mistyped
// link is caught. The envelope is the same in every version; only the body's records differ.
const DEFLATED = 1;

// What a link must never end in. Chat and forum apps that follow GitHub Flavored Markdown's autolinks
// leave a trailing `_` out of the link (GFM spec 0.29, 6.9 "Autolinks (extension)": trailing `?`, `!`,
// `.`, `,`, `:`, `*`, `_` and `~` are not part of it), and a trailing `-` reads as punctuation too.
const STRIPPED_END = /[-_]$/;
const EMPTY_STORED_BLOCK = Uint8Array.of(0, 0, 0, 0xff, 0xff);

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

/**
 * Wraps a body as a payload, deflated when that is shorter, and never ending in `_` or `-` (below).
 * `deflate: false` keeps the body exactly as it is, whatever it ends in.
 */
export function seal(body: Uint8Array, options: SealOptions = {}): string {
  const version = options.version ?? 1;
  const packed = options.deflate === false ? body : deflateSync(body, { level: 9 });
  const shorter = packed.length < body.length;
  const payload = shorter ? wrap(DEFLATED, packed, version) : wrap(0, body, version);
  if (options.deflate === false || !STRIPPED_END.test(payload)) return payload;
  // A payload ends in one of them only when its bytes are a whole number of 3-byte groups (a shorter
  // last group ends in a character with zero low bits). Deflate data lets the bytes grow by 5 and still
  // unpack to the same body, which moves the end to a safe character; every reader, old ones too, opens
  // it as any deflated link. A plain body goes in one stored block (5 bytes of header); a deflated one
  // gets an empty stored block in front (RFC 1951 3.2.4: BFINAL 0, BTYPE 00, LEN 0, NLEN 0xffff).
  const stream = shorter ? packed : deflateSync(body, { level: 0 });
  const stored = wrap(DEFLATED, stream, version);
  if (!STRIPPED_END.test(stored)) return stored;
  const padded = new Uint8Array(EMPTY_STORED_BLOCK.length + stream.length);
  padded.set(EMPTY_STORED_BLOCK);
  padded.set(stream, EMPTY_STORED_BLOCK.length);
  return wrap(DEFLATED, padded, version);
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
