/**
 * Deezer signs its preview addresses for about 15 minutes and writes the deadline into them
 * (`…mp3?hdnea=exp=1732540000~acl=…`). Reading it from the address means no clock of our own to keep.
 */
export function previewExpiresAt(url: string): number | null {
  const match = /[?&~](?:hdnea=)?exp=(\d{9,11})/.exec(url);
  return match?.[1] ? Number(match[1]) * 1000 : null;
}

/** A minute's margin: a preview that expires while it loads fails just the same. */
export const EXPIRY_MARGIN_MS = 60_000;

export function isPreviewStale(url: string, now: number): boolean {
  const expires = previewExpiresAt(url);
  return expires !== null && expires - EXPIRY_MARGIN_MS <= now;
}
