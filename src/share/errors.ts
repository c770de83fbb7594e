import { LIMITS } from './limits';

export type ShareErrorKind = 'empty' | 'malformed' | 'unsupported-version' | 'too-long' | 'invalid';

export interface ShareError {
  readonly kind: ShareErrorKind;
  readonly message: string;
}

const chars = LIMITS.payloadChars.toLocaleString('en');

/** The messages a person sees when a link will not open: what happened, and what to try. */
export const SHARE_ERRORS = {
  empty: { kind: 'empty', message: 'This link has no tape in it.' },
  notMixtape: { kind: 'malformed', message: 'This doesn’t look like a Mixtape link.' },
  damaged: {
    kind: 'malformed',
    message:
      'This link is incomplete or damaged — it may have been cut off when it was copied. Try copying the whole link again, or ask whoever sent it to send it again.',
  },
  // Only for a length no whole link has: then part of it is surely missing, not changed.
  cutOff: {
    kind: 'malformed',
    message:
      'This link looks cut off: its end is missing, perhaps dropped by the app it came through. Ask whoever sent it to send the whole link again.',
  },
  newerVersion: {
    kind: 'unsupported-version',
    message:
      'This link was made by a newer version of Mixtape. Reload the page to get the latest version, then open the link again.',
  },
  tooLong: {
    kind: 'too-long',
    message: `This link is too long to open: Mixtape opens links of up to ${chars} characters.`,
  },
  unpacksTooLarge: { kind: 'too-long', message: 'This link holds more than Mixtape can open.' },
} as const satisfies Record<string, ShareError>;

/** `problem` names its owner: "track 3’s audio address must start with http:// or https://". */
export function invalidLink(problem: string): ShareError {
  return { kind: 'invalid', message: `In this link, ${problem}.` };
}

/** Thrown inside the reader to stop at the first problem; decodeTape turns it back into a result. */
export class ShareFailure extends Error {
  constructor(readonly error: ShareError) {
    super(error.message);
  }
}
