import { judgeLength } from '../model/clipLength';

/** Events on which a clip's length can become known: more data, the end of the download, a new length. */
const EVENTS = ['durationchange', 'progress', 'suspend', 'canplaythrough'] as const;
const HAVE_METADATA = 1;

/** The clip's length in seconds as its element knows it now (see clipLength.ts), or 0 while unknown. */
export function lengthNow(media: HTMLMediaElement): number {
  return media.readyState < HAVE_METADATA ? 0 : judgeLength(media);
}

/**
 * Calls `onLength` each time `media` settles on a new length: a stream that announced none is measured
 * once all of it has arrived (Firefox) or been read (Chromium). Returns the teardown.
 */
export function watchLength(media: HTMLMediaElement, onLength: (seconds: number) => void): () => void {
  let reported = 0;
  const check = () => {
    const seconds = lengthNow(media);
    if (seconds === 0 || seconds === reported) return;
    reported = seconds;
    onLength(seconds);
  };
  for (const type of EVENTS) media.addEventListener(type, check);
  return () => {
    for (const type of EVENTS) media.removeEventListener(type, check);
  };
}
