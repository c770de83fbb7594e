import type { MixtapeStore } from '../store/createMixtapeStore';
import { startAuditions } from './audition';
import { startDeckSounds } from './deckSounds';
import { startAudioEngine } from './engine';
import { createHowlerPlayer } from './howlerPlayer';

/**
 * Loaded as its own chunk at the first quiet moment or the first key or pointer press: the first screen
 * needs neither howler nor the deck sounds (key clicks and hiss, off unless the listener turns them on).
 * Returns the teardown of all three.
 */
export function startAudio(store: MixtapeStore): () => void {
  const player = createHowlerPlayer();
  // The first clip loads now, in the quiet after the first screen, so that Play only has to start it.
  const stopEngine = startAudioEngine(store, player, { cueAhead: true });
  const stopAuditions = startAuditions(store, player);
  const stopDeckSounds = startDeckSounds(store);
  return () => {
    stopDeckSounds();
    stopAuditions();
    stopEngine();
  };
}
