import { judgeLength } from '../model/clipLength';

/** The part of an <audio> element a probe uses; tests hand in a stand-in that replays a browser's events. */
export type ProbeElement = Pick<
  HTMLMediaElement,
  | 'addEventListener'
  | 'removeEventListener'
  | 'removeAttribute'
  | 'load'
  | 'duration'
  | 'buffered'
  | 'networkState'
  | 'preload'
  | 'src'
>;

/**
 * Reads an audio address's length from its metadata before it joins a tape, without playing it: a
 * detached <audio> element, which follows redirects to any host as playing would and needs no CORS.
 * It asks for preload=auto, not metadata: with metadata only, a browser may suspend the download once the
 * metadata is in (HTML §4.8.11.5: networkState becomes NETWORK_IDLE), and Firefox sometimes does so before
 * the loadedmetadata handler runs, so a stream still arriving looked fully loaded and its first burst's
 * length (0:09 of a 0:20 stream) was kept as the clip's. The element is let go of at its metadata either
 * way, so auto costs at most the bytes that arrive before it. Resolves the length in seconds; LENGTH_UNKNOWN (0) for a stream that announces none
 * (see clipLength.ts); null when the browser reports an error (not found, not audio) or has no metadata
 * within `timeoutMs`. Never rejects.
 */
export function probeClip(
  url: string,
  timeoutMs = 10_000,
  makeElement: () => ProbeElement = () => new Audio(),
): Promise<number | null> {
  return new Promise((resolve) => {
    const audio = makeElement();
    const finish = (result: number | null) => {
      clearTimeout(timer);
      audio.removeEventListener('loadedmetadata', judge);
      audio.removeEventListener('error', fail);
      audio.removeAttribute('src');
      audio.load();
      resolve(result);
    };
    const fail = () => finish(null);
    const timer = setTimeout(fail, timeoutMs);
    const judge = () => finish(judgeLength(audio));
    audio.preload = 'auto';
    audio.addEventListener('loadedmetadata', judge);
    audio.addEventListener('error', fail);
    audio.src = url;
  });
}
