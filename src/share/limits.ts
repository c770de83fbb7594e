import { GIFT_CAPS } from '../model/giftCaps';

/**
 * What a share link may hold. The reader enforces these on every link; the writer keeps within them, so
 * every link Mixtape makes also opens.
 */
export const LIMITS = {
  payloadChars: 32_000,
  /** Unpacked body: far above any real tape, far below what a deflate bomb would unpack to. */
  bodyBytes: 256 * 1024,
  tracks: 500,
  tapeTitle: 100,
  subtitle: 200,
  linerNotes: 2000,
  trackText: 200,
  songId: 200,
  format: 10,
  url: 2048,
  /** A dedication's From and To, its message, and a song's note (format 3 on): as the editors allow. */
  giftName: GIFT_CAPS.name,
  giftMessage: GIFT_CAPS.message,
  note: GIFT_CAPS.note,
  /** A day: longer than any recording that belongs on a cassette. */
  seconds: 24 * 3600,
} as const;

/** Control characters never travel; liner notes keep their line breaks and tabs. A fresh RegExp each
 * time, since a global one remembers where it last matched. */
export const controlChars = (keepLines = false): RegExp => (keepLines ? /[^\P{Cc}\n\t]/gu : /\p{Cc}/gu);
