/**
 * A clip whose server stops sending partway and holds the connection open, as a stalled CDN or a hung proxy
 * does: the browser gets the clip's first `cut` seconds, at twice real time, and then nothing, with no error
 * and no end, however it asks (a range from further on gets its headers and then nothing). The clip is a
 * silent one of quietClip.ts, `seconds` long, and its headers give its whole length, as the real server's
 * would. Browsers read about 8 s of these clips (32 KB) before they know the clip's length: cut later.
 */
import { QUIET_FRAME_BYTES, QUIET_FRAME_SECONDS } from './quietClip';

/** Where a quiet clip `seconds` long that stops arriving after `cut` seconds is served (serveApp.ts). */
export function stallingClipUrl(baseUrl: string, seconds: number, cut: number): string {
  return `${baseUrl}/test-clips/stall-${cut}s/quiet-${seconds}s.mp3`;
}

/**
 * For a stalling clip's path, its length in seconds and the byte where sending stops (whole frames, so
 * the bytes sent decode to `cut` seconds); undefined for any other path or a cut not inside the clip.
 */
export function stallingClip(path: string): { seconds: number; cutByte: number } | undefined {
  const match = /^\/test-clips\/stall-(\d{1,4})s\/quiet-(\d{1,5})s\.mp3(?:\?.*)?$/.exec(path);
  const cut = Number(match?.[1]);
  const seconds = Number(match?.[2]);
  if (!(seconds > 0 && cut >= 0 && cut < seconds)) return undefined;
  return { seconds, cutByte: Math.floor(cut / QUIET_FRAME_SECONDS) * QUIET_FRAME_BYTES };
}
