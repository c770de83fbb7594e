import type { AuditionRequest } from '../store/auditionSlice';
import type { MixtapeStore } from '../store/createMixtapeStore';
import { wantsToPlay } from '../store/selectors';
import type { Clip, Player } from './player';

/**
 * Plays the catalog preview someone asked to hear, through the same player as the tape, and reports
 * back. Starting the tape stops the preview; asking for a preview has already paused the tape.
 */
export function startAuditions(store: MixtapeStore, player: Player, tickMs = 250): () => void {
  let clip: Clip | null = null;
  let ticker: ReturnType<typeof setInterval> | undefined;

  const stop = () => {
    clearInterval(ticker);
    ticker = undefined;
    clip?.unload();
    clip = null;
  };

  const start = (request: AuditionRequest | null) => {
    stop();
    if (!request) return;
    const { track, nonce } = request;
    const report = store.getState();
    const fail = (reason: string) => {
      if (clip !== loaded) return;
      stop();
      report.auditionFailed(nonce, reason);
    };
    const loaded: Clip = player.load(
      track.format ? { url: track.previewUrl, format: track.format } : { url: track.previewUrl },
      {
        onLoad: (duration) => {
          if (clip === loaded) report.auditionProgress(nonce, 0, duration);
        },
        onPlay: () => {
          if (clip !== loaded) return;
          report.auditionStarted(nonce);
          clearInterval(ticker);
          ticker = setInterval(() => {
            if (clip === loaded && loaded.isPlaying()) report.auditionProgress(nonce, loaded.position(), NaN);
          }, tickMs);
        },
        onEnd: () => {
          if (clip !== loaded) return;
          stop();
          report.auditionEnded(nonce);
        },
        onLoadError: (reason) => fail(reason),
        onPlayError: (reason) => fail(reason),
      },
    );
    clip = loaded;
    loaded.play();
  };

  const unsubscribers = [
    store.subscribe((s) => s.audition.request, start),
    store.subscribe(wantsToPlay, (playing) => {
      if (playing) store.getState().stopAudition();
    }),
  ];
  start(store.getState().audition.request);

  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    stop();
  };
}
