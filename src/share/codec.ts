import type { Tape } from '../model/tape';
import type { Track } from '../model/track';
import { fnv1a, seal, unseal } from './envelope';
import { invalidLink, SHARE_ERRORS, type ShareError, ShareFailure } from './errors';
import { readTapeBody, writeTapeBody } from './format';
import { fromWire } from './fromWire';
import { LIMITS } from './limits';
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

function attempt(tape: Tape, maxTracks: number): EncodeResult | null {
  const { wire, omitted } = toWire(tape, maxTracks);
  const body = writeTapeBody(wire);
  if (body.length > LIMITS.bodyBytes) return null;
  const payload = seal(body);
  return payload.length > LIMITS.payloadChars ? null : { payload, omitted };
}

export function encodeTape(tape: Tape): EncodeResult {
  const whole = attempt(tape, LIMITS.tracks);
  if (whole) return whole;
  // Only hundreds of long tracks get here: keep as many as fit and report the rest as left out.
  let best = attempt(tape, 0) ?? { payload: seal(writeTapeBody(toWire(tape, 0).wire)), omitted: tape.tracks };
  let lo = 1;
  let hi = LIMITS.tracks - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const result = attempt(tape, mid);
    if (result) {
      best = result;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

/** Never throws, whatever the string: every failure is a ShareError a person can read. */
export function decodeTape(payload: string): DecodeResult {
  try {
    if (payload.length > 4 * LIMITS.payloadChars) return { ok: false, error: SHARE_ERRORS.tooLong };
    // Mail and chat apps break long links across lines.
    const text = payload.replace(/\s+/g, '');
    const opened = unseal(text);
    if (!opened.ok) return opened;
    const checked = checkWireTape(readTapeBody(opened.body));
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
  return { url: `${base.split('#')[0]}#${payload}`, omitted };
}

/** The payload in a location hash, or null when the hash holds no tape (empty, or an in-page anchor). */
export function payloadFromHash(hash: string): string | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  return /^[1-9]/.test(text) ? text : null;
}
