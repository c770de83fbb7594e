import { cutTo } from '../model/text';
import { LIMITS } from '../share/limits';

/** An imported tape must also fit in a share link, so imports keep to the link's limits. */
export const IMPORT_LIMITS = {
  tracks: LIMITS.tracks,
  text: LIMITS.trackText,
  tapeTitle: LIMITS.tapeTitle,
  url: LIMITS.url,
  seconds: LIMITS.seconds,
  inputBytes: 2 * 1024 * 1024,
} as const;

/** Untrusted text made safe to show: no control characters, no surrounding space, at most `max` long. */
export function cleanText(value: string | undefined, max: number = IMPORT_LIMITS.text): string | undefined {
  if (value === undefined) return undefined;
  // A line break or tab becomes one space, with the spaces around it; other spacing is the author's.
  const flat = value.replace(/ *[\t\n\v\f\r][\t\n\v\f\r ]*/g, ' ').replace(/\p{Cc}/gu, '');
  const text = cutTo(flat.trim(), max).trim();
  return text || undefined;
}

/** A playlist's stated length, if it is one; a day is longer than anything that belongs on a tape. */
export function durationSeconds(value: number): number | undefined {
  return Number.isFinite(value) && value > 0 ? Math.min(value, IMPORT_LIMITS.seconds) : undefined;
}

/** Parses a number strictly: `Number('')` is 0 and `parseFloat('3abc')` is 3, neither wanted here. */
export function strictNumber(text: string | undefined): number | undefined {
  const trimmed = text?.trim() ?? '';
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed) ? Number(trimmed) : undefined;
}

/** Winamp and most players write a title as "Artist - Title"; a title without the dash stands alone. */
export function splitArtistTitle(text: string): { artist?: string; title: string } {
  const dash = text.indexOf(' - ');
  if (dash < 0) return { title: text };
  return { artist: text.slice(0, dash), title: text.slice(dash + 3) };
}
