import type { Tape } from '../model/tape';
import type { Track } from '../model/track';
import { fnv1a, seal, unseal } from './envelope';
import { invalidLink, SHARE_ERRORS, type ShareError, ShareFailure } from './errors';
import { formatVersionFor, readTapeBody, writeTapeBody } from './format';
import { fromWire } from './fromWire';
import { LIMITS } from './limits';
import { looksCutOff, payloadText, withCutUnderscores } from './pastedText';
import { checkWireTape } from './schema';
import { toWire } from './toWire';

export { sameTapeContent, tapeContent } from './content';
export { SHARE_FORMAT_VERSION } from './envelope';
export type { ShareError, ShareErrorKind } from './errors';

export interface EncodeResult {
  readonly payload: string;
  /** Tracks left out of the link: local files, audio without a web address, and any beyond the limits. */
  readonly omitted: readonly Track[];
}

export type DecodeResult =
  | { readonly ok: true; readonly tape: Tape }
  | { readonly ok: false; readonly error: ShareError };

function encodeWith(tape: Tape, maxTracks: number): EncodeResult & { readonly fits: boolean } {
  const { wire, omitted } = toWire(tape, maxTracks);
  const body = writeTapeBody(wire);
  const payload = seal(body, { version: formatVersionFor(wire) });
  return { payload, omitted, fits: body.length <= LIMITS.bodyBytes && payload.length <= LIMITS.payloadChars };
}

export function encodeTape(tape: Tape): EncodeResult {
  let best = encodeWith(tape, LIMITS.tracks);
  if (!best.fits) {
    // Only hundreds of long tracks overflow a link: keep as many as fit and report the rest as left out.
    // No tracks always fit, since the tape's own text is capped far below the limits.
    best = encodeWith(tape, 0);
    let lo = 1;
    let hi = LIMITS.tracks - 1;
    while (lo <= hi) {
      const mid = Math.floor((lo + hi) / 2);
      const candidate = encodeWith(tape, mid);
      if (candidate.fits) {
        best = candidate;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
  }
  return { payload: best.payload, omitted: best.omitted };
}

/**
 * Never throws, whatever the string: every failure is a ShareError a person can read. The string may be
 * the payload as pasted, with punctuation, brackets, line breaks, quoting or spaces around or inside it
 * (pastedText.ts), or with the underscores a chat's autolink cut off its end.
 */
export function decodeTape(payload: string): DecodeResult {
  // Turned away before it is cleaned, so a huge string is never even scanned.
  if (payload.length > 4 * LIMITS.payloadChars) return { ok: false, error: SHARE_ERRORS.tooLong };
  const text = payloadText(payload);
  const result = openPayload(text);
  if (result.ok || result.error !== SHARE_ERRORS.damaged) return result;
  const whole = withCutUnderscores(text);
  const restored = whole === null ? result : openPayload(whole);
  if (restored.ok) return restored;
  return looksCutOff(text) ? { ok: false, error: SHARE_ERRORS.cutOff } : result;
}

function openPayload(text: string): DecodeResult {
  try {
    const opened = unseal(text);
    if (!opened.ok) return opened;
    const checked = checkWireTape(readTapeBody(opened.body, opened.version));
    if (!checked.ok) return { ok: false, error: invalidLink(checked.problem) };
    return { ok: true, tape: fromWire(checked.wire, sharedTapeId(text)) };
  } catch (error) {
    return { ok: false, error: error instanceof ShareFailure ? error.error : SHARE_ERRORS.damaged };
  }
}

/** The same link always opens as the same tape id, so opening it twice can be recognised. */
function sharedTapeId(payload: string): string {
  const bytes = new TextEncoder().encode(payload);
  return `shared-${fnv1a(bytes).toString(36)}${fnv1a(bytes, 0x5bd1e995).toString(36)}`;
}

export function shareUrl(base: string, tape: Tape): { url: string; omitted: readonly Track[] } {
  const { payload, omitted } = encodeTape(tape);
  return { url: `${appRoot(base.split('#')[0] ?? '')}#${payload}`, omitted };
}

/**
 * The card link to `tape`: the same payload as shareUrl's, in the path (`<app root>t/<payload>`) where a
 * server sees it, so the card service (server/) can answer a chat's crawler with the tape's title and
 * picture. On a host without that service, `/t/…` falls back to the app, which reads it from the path.
 */
export function cardUrl(base: string, tape: Tape): { url: string; omitted: readonly Track[] } {
  const { payload, omitted } = encodeTape(tape);
  return { url: `${appRoot(base.split('#')[0] ?? '')}t/${payload}`, omitted };
}

// A card link's path ends in `t/<payload>` (a trailing slash tolerated, as some chats add one).
const CARD_PATH = /(?:^|\/)t\/([^/]*)\/?$/;

/**
 * The app's own address for a page address (origin and path, no fragment): a card link's `t/<payload>`
 * taken off, so a tape opened from a card link shares from the app's root, not from inside the link.
 */
export function appRoot(address: string): string {
  return address.replace(CARD_PATH, (whole) => (whole.startsWith('/') ? '/' : ''));
}

/**
 * The payload a page's address carries: in its fragment (a private link) or else in its path (a card
 * link), or null when it carries none.
 */
export function payloadFromLocation(location: {
  readonly hash: string;
  readonly pathname: string;
}): string | null {
  return location.hash.length > 1 ? payloadFromHash(location.hash) : payloadFromPath(location.pathname);
}

/**
 * The payload in a location path that ends in `t/<payload>`, cleaned as payloadFromHash cleans a hash, or
 * null when the path holds no tape.
 */
export function payloadFromPath(pathname: string): string | null {
  const match = CARD_PATH.exec(pathname);
  if (!match) return null;
  const text = payloadText(match[1] ?? '');
  return /^[1-9]/.test(text) ? text : null;
}

/**
 * The payload in a location hash, cleaned as decodeTape cleans it (pastedText.ts), or null when the hash
 * holds no tape (empty, or an in-page anchor).
 */
export function payloadFromHash(hash: string): string | null {
  const text = payloadText(hash.startsWith('#') ? hash.slice(1) : hash);
  return /^[1-9]/.test(text) ? text : null;
}
