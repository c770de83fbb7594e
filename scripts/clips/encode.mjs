// Float samples → MP3 bytes via lamejs (the maintained @breezystack fork; the
// original `lamejs` package on npm crashes with "MPEGMode is not defined").

import { Mp3Encoder } from '@breezystack/lamejs';

/** lamejs wants whole MPEG-1 frames' worth of input per call. */
const CHUNK = 1152;

/**
 * Clamps and rounds to 16-bit PCM. Rounding (not truncation) keeps silence
 * at exactly zero and the conversion symmetric.
 * @param {Float32Array} samples
 * @returns {Int16Array}
 */
export function toInt16(samples) {
  const pcm = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const x = Math.max(-1, Math.min(1, samples[i]));
    pcm[i] = Math.round(x * 32767);
  }
  return pcm;
}

/**
 * Encodes mono samples as constant-bitrate MP3.
 * @param {Float32Array} samples mono, [-1, 1]
 * @param {number} sampleRate e.g. 22050
 * @param {number} kbps a bitrate valid for that rate, e.g. 40
 * @returns {Uint8Array}
 */
export function encodeMp3(samples, sampleRate, kbps) {
  const pcm = toInt16(samples);
  const encoder = new Mp3Encoder(1, sampleRate, kbps);
  /** @type {Uint8Array[]} */
  const parts = [];
  // lamejs hands back Int8Array views; reinterpret them as bytes.
  /** @param {Int8Array | Uint8Array} chunk */
  const keep = (chunk) => {
    if (chunk.length > 0) parts.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length).slice());
  };
  for (let i = 0; i < pcm.length; i += CHUNK) keep(encoder.encodeBuffer(pcm.subarray(i, i + CHUNK)));
  keep(encoder.flush());
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
