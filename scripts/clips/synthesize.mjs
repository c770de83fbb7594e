// Score → audio: renders every note event, mixes the layers and runs the mix
// through the tape. This is the pure "track in, samples out" entry point.

import { ARRANGEMENTS } from './arrangements.mjs';
import { composeTrack } from './compose.mjs';
import { forkRng } from './prng.mjs';
import { applyTape } from './tape.mjs';
import { renderNote } from './voices.mjs';

/** Low sample rate on purpose: it suits the cassette and keeps MP3s small. */
export const SAMPLE_RATE = 22050;

/**
 * Dry mix of a composed score (no tape yet).
 * @param {ReturnType<typeof composeTrack>} score
 * @param {number} sampleRate
 * @returns {Float32Array}
 */
export function renderScore(score, sampleRate) {
  const mix = new Float32Array(Math.round(score.seconds * sampleRate));
  const noise = forkRng(score.seed, 'noise');
  const gains = ARRANGEMENTS[score.voice]?.gains;
  if (!gains) throw new Error(`No arrangement for voice "${score.voice}"`);
  for (const event of score.events) {
    const note = renderNote(event.instrument, event.midi, event.dur, event.vel, sampleRate, noise);
    const start = Math.round(event.time * sampleRate);
    const gain = gains[event.layer];
    const end = Math.min(mix.length, start + note.length);
    for (let i = Math.max(0, start); i < end; i++) mix[i] += gain * note[i - start];
  }
  return mix;
}

/**
 * The finished clip for a track: mono samples in [-1, 1], peaking at −1 dBFS.
 * @param {{ id: string, artist: string, title: string }} track
 * @param {number} [sampleRate]
 * @returns {Float32Array}
 */
export function synthesizeTrack(track, sampleRate = SAMPLE_RATE) {
  const score = composeTrack(track);
  return applyTape(renderScore(score, sampleRate), sampleRate, forkRng(score.seed, 'tape'));
}
