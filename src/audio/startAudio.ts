import type { MixtapeStore } from '../store/createMixtapeStore';
import { startAudioEngine } from './engine';
import { createHowlerPlayer } from './howlerPlayer';

/** Loaded as its own chunk just after the first render: the first screen does not need howler. */
export function startAudio(store: MixtapeStore): () => void {
  return startAudioEngine(store, createHowlerPlayer());
}
