import type { MixtapeStore } from '../store/createMixtapeStore';

const CLICK_LEVEL = 0.25;
const HISS_LEVEL = 0.012;

/** A buffer of white noise: both the key click and the hiss are shaped from it. */
function noise(context: BaseAudioContext, seconds: number): AudioBuffer {
  const buffer = context.createBuffer(1, Math.ceil(context.sampleRate * seconds), context.sampleRate);
  const data = buffer.getChannelData(0);
  for (let i = 0; i < data.length; i += 1) data[i] = Math.random() * 2 - 1;
  return buffer;
}

/**
 * The feel of a real deck, off unless the listener turns it on: a short mechanical click when a
 * transport key is pressed, and a faint tape hiss while the tape runs. Synthesised with Web Audio
 * (no files); the AudioContext is made only once a sound is wanted, always inside a user gesture.
 */
export function startDeckSounds(
  store: MixtapeStore,
  makeContext: () => AudioContext = () => new AudioContext(),
  doc: Pick<Document, 'addEventListener' | 'removeEventListener'> = document,
): () => void {
  let context: AudioContext | null = null;
  let hiss: { source: AudioBufferSourceNode; gain: GainNode } | null = null;
  const level = () => {
    const { volume, muted } = store.getState().playback;
    return muted ? 0 : volume;
  };
  const audio = () => {
    context ??= makeContext();
    return context;
  };

  const click = () => {
    if (!store.getState().playback.deckSounds || level() === 0) return;
    const c = audio();
    const source = c.createBufferSource();
    source.buffer = noise(c, 0.04);
    const filter = c.createBiquadFilter();
    filter.type = 'highpass';
    filter.frequency.value = 1800;
    const gain = c.createGain();
    gain.gain.setValueAtTime(CLICK_LEVEL * level(), c.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, c.currentTime + 0.035);
    source.connect(filter).connect(gain).connect(c.destination);
    source.start();
  };

  const updateHiss = () => {
    const s = store.getState();
    const wanted = s.playback.deckSounds && s.playback.status === 'playing' && level() > 0;
    if (!wanted) {
      hiss?.source.stop();
      hiss = null;
      return;
    }
    if (hiss) {
      hiss.gain.gain.value = HISS_LEVEL * level();
      return;
    }
    const c = audio();
    const source = c.createBufferSource();
    source.buffer = noise(c, 2);
    source.loop = true;
    const filter = c.createBiquadFilter();
    filter.type = 'bandpass';
    filter.frequency.value = 4000;
    filter.Q.value = 0.6;
    const gain = c.createGain();
    gain.gain.value = HISS_LEVEL * level();
    source.connect(filter).connect(gain).connect(c.destination);
    source.start();
    hiss = { source, gain };
  };

  const onClick = (event: Event) => {
    if (event.target instanceof Element && event.target.closest('[data-deck-key]')) click();
  };
  doc.addEventListener('click', onClick, true);
  const unsubscribe = store.subscribe(
    (s) => `${s.playback.deckSounds}|${s.playback.status}|${s.playback.volume}|${s.playback.muted}`,
    updateHiss,
  );
  return () => {
    unsubscribe();
    doc.removeEventListener('click', onClick, true);
    hiss?.source.stop();
    hiss = null;
    void context?.close();
  };
}
