/**
 * The terms the player sets howler, and reads its reports in: how long a clip may run, and its load and
 * play errors in words. Nothing here imports howler.
 */

/**
 * How far howler may let a clip run: a day, so that the end of a clip is always the media element's own
 * `ended` event. Left to itself, howler takes the element's duration at `canplaythrough` as the end of
 * the sound, once and for good; WebKitGTK sometimes reports 0 there for an MP3 it has not scanned yet,
 * and howler then ended the sound the instant it was played, so the tape skipped that track in silence.
 */
export const WHOLE_CLIP_MS = 24 * 60 * 60 * 1000;

/** HTMLMediaElement error codes, in words a listener can act on. */
const MEDIA_ERRORS: Record<number, string> = {
  1: 'loading was cancelled',
  2: 'the network failed while loading it',
  3: 'the audio could not be decoded',
  4: 'the clip is missing or in a format this browser cannot play',
};

/**
 * What went wrong with a clip, in words for the listener: howler hands its `loaderror` and `playerror`
 * handlers a media element error code (1–4, HTMLMediaElement's `MediaError.code`) or the browser's message
 * (its trailing full stop dropped); anything else is a clip that could not be loaded.
 */
export function describeLoadError(error: unknown): string {
  if (typeof error === 'number') return MEDIA_ERRORS[error] ?? 'the clip could not be loaded';
  return typeof error === 'string' && error.length > 0
    ? error.replace(/\.$/, '')
    : 'the clip could not be loaded';
}
