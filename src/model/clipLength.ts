import { LENGTH_UNKNOWN } from './track';

/**
 * What a media element's state says about a clip's length. Browsers differ on a stream that announces no
 * length (chunked, no Content-Length, no Xing header): Chromium reports `duration` Infinity, as the HTML
 * standard asks of an unbounded resource, while Firefox reports the length of what has arrived so far and
 * grows it as more arrives. So a finite `duration` is the clip's length only if the browser knows of more
 * than it holds (the size or a header told it where the clip ends), or holds all of it with nothing more
 * on the way. A short file that is all in but whose download Firefox has not closed yet reads as unknown:
 * it is measured when it plays, where a stream read as known would keep a wrong length.
 */

/** The parts of a media element (or anything shaped like one) judgeLength reads. */
export type MediaState = Pick<HTMLMediaElement, 'duration' | 'buffered' | 'networkState'>;

/** Below this a duration is taken to end where the buffered data ends: a frame or two of MP3. */
const AT_BUFFERED_END_S = 0.1;
const NETWORK_LOADING = 2;

/**
 * The clip's length in seconds from its element's state once its metadata is in, or LENGTH_UNKNOWN (0):
 * `duration` (NaN before metadata, Infinity for an unbounded stream), the end of the last `buffered`
 * range, and whether `networkState` says bytes are still arriving.
 */
export function judgeLength({ duration, buffered, networkState }: MediaState): number {
  if (!Number.isFinite(duration) || duration <= 0) return LENGTH_UNKNOWN;
  const held = buffered.length > 0 ? buffered.end(buffered.length - 1) : 0;
  return duration > held + AT_BUFFERED_END_S || networkState !== NETWORK_LOADING ? duration : LENGTH_UNKNOWN;
}
