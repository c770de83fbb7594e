import type { MixtapeStore } from '../store/createMixtapeStore';
import { startAuditions } from './audition';
import { startAudioEngine } from './engine';
import { createHowlerPlayer } from './howlerPlayer';

/** Loaded as its own chunk just after the first render: the first screen does not need howler. */
export function startAudio(store: MixtapeStore): () => void {
  const player = createHowlerPlayer();
  const stopEngine = startAudioEngine(store, player);
  const stopAuditions = startAuditions(store, player);
  return () => {
    stopAuditions();
    stopEngine();
  };
}
