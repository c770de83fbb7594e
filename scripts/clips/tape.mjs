// The cassette: wow and flutter, soft saturation, a worn top end, hiss and
// fades. Applied to the dry mix of every track, with per-track variation.

import { dbToGain, highpass, lowpass, peak, rms } from './dsp.mjs';
import { randRange } from './prng.mjs';

/**
 * Slow (wow) and fast (flutter) speed wobble, done as a modulated delay read
 * with cubic interpolation. Depths are in samples of delay swing; pitch
 * deviation is 2π·rate·depth / sampleRate, i.e. ~0.1–0.2 % here: audible as
 * warmth, not as seasickness.
 * @param {Float32Array} input
 * @param {number} sampleRate
 * @param {() => number} rng
 * @returns {Float32Array}
 */
export function wowAndFlutter(input, sampleRate, rng) {
  const wowRate = randRange(rng, 0.35, 0.8);
  const wowDepth = (randRange(rng, 0.0008, 0.0018) * sampleRate) / (2 * Math.PI * wowRate);
  const flutterRate = randRange(rng, 5, 8);
  const flutterDepth = (randRange(rng, 0.0002, 0.0005) * sampleRate) / (2 * Math.PI * flutterRate);
  const wowPhase = rng() * 2 * Math.PI;
  const flutterPhase = rng() * 2 * Math.PI;
  const base = wowDepth + flutterDepth + 2;
  const out = new Float32Array(input.length);
  const at = (/** @type {number} */ i) => (i >= 0 && i < input.length ? input[i] : 0);
  for (let n = 0; n < out.length; n++) {
    const t = n / sampleRate;
    const delay =
      base +
      wowDepth * Math.sin(2 * Math.PI * wowRate * t + wowPhase) +
      flutterDepth * Math.sin(2 * Math.PI * flutterRate * t + flutterPhase);
    // Read `base` samples early so the output stays aligned with the score.
    const pos = n - delay + base;
    const i = Math.floor(pos);
    const f = pos - i;
    const xm1 = at(i - 1);
    const x0 = at(i);
    const x1 = at(i + 1);
    const x2 = at(i + 2);
    // Catmull-Rom: smooth enough that the modulation does not add grit.
    out[n] =
      x0 + 0.5 * f * (x1 - xm1 + f * (2 * xm1 - 5 * x0 + 4 * x1 - x2 + f * (3 * (x0 - x1) + x2 - xm1)));
  }
  return out;
}

/**
 * Feed-forward compressor with a peak follower: pulls plucked-string
 * transients down so strummed tracks end up about as loud as organ tracks
 * after peak normalisation, like a tape deck's own gentle squash.
 * @param {Float32Array} buf expected peak ≈ 1
 * @param {number} sampleRate
 * @param {number} thresholdDb
 * @param {number} ratio
 */
export function compress(buf, sampleRate, thresholdDb, ratio) {
  const threshold = dbToGain(thresholdDb);
  const attack = Math.exp(-1 / (0.004 * sampleRate));
  const release = Math.exp(-1 / (0.18 * sampleRate));
  const slope = 1 - 1 / ratio;
  let env = 0;
  for (let i = 0; i < buf.length; i++) {
    const x = buf[i];
    const level = Math.abs(x);
    env = level > env ? attack * env + (1 - attack) * level : release * env + (1 - release) * level;
    if (env > threshold) buf[i] = x * (threshold / env) ** slope;
  }
  return buf;
}

/**
 * Look-ahead peak limiter: shaves the few-millisecond pick and hammer spikes
 * that would otherwise set the peak and leave plucked tracks much quieter
 * than organ tracks once everything is normalised. The gain reaches its
 * target before each peak (sliding minimum, then a short average), and
 * recovers smoothly, so nothing is clipped.
 * @param {Float32Array} buf
 * @param {number} sampleRate
 * @param {number} ceilingDb absolute ceiling, dBFS
 */
export function limit(buf, sampleRate, ceilingDb) {
  const ceiling = dbToGain(ceilingDb);
  const look = Math.max(1, Math.round(0.003 * sampleRate));
  const n = buf.length;
  const wanted = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.abs(buf[i]);
    wanted[i] = a > ceiling ? ceiling / a : 1;
  }
  // Sliding minimum over the next `look` samples (monotonic deque).
  const ahead = new Float32Array(n);
  const deque = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = n - 1; i >= 0; i--) {
    while (tail > head && wanted[deque[tail - 1]] >= wanted[i]) tail--;
    deque[tail++] = i;
    while (deque[head] > i + look) head++;
    ahead[i] = wanted[deque[head]];
  }
  // Instant attack (already early thanks to the look-ahead), slow release.
  const release = 1 - Math.exp(-1 / (0.08 * sampleRate));
  let g = 1;
  for (let i = 0; i < n; i++) {
    g = ahead[i] < g ? ahead[i] : g + (ahead[i] - g) * release;
    ahead[i] = g;
  }
  // Average over the previous `look` gains: every one of them is already at or
  // below the gain a peak needs, so the average is too.
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += ahead[i];
    if (i >= look) sum -= ahead[i - look];
    buf[i] *= sum / Math.min(i + 1, look);
  }
  return buf;
}

/**
 * Tape-style soft saturation: tanh with a small bias for a touch of even
 * harmonics; rounds off transients instead of clipping them.
 * @param {Float32Array} buf expected peak ≈ 1
 * @param {number} drive
 */
export function saturate(buf, drive) {
  const bias = 0.08;
  const offset = Math.tanh(drive * bias);
  const norm = Math.tanh(drive * (1 + bias)) - offset;
  for (let i = 0; i < buf.length; i++) {
    buf[i] = (Math.tanh(drive * (buf[i] + bias)) - offset) / norm;
  }
  return buf;
}

/**
 * Tape hiss: white noise tilted towards the top (hiss lives above ~2 kHz),
 * scaled to the requested RMS.
 * @param {number} length samples
 * @param {number} sampleRate
 * @param {() => number} rng
 * @param {number} rmsDb target RMS in dBFS
 */
export function hiss(length, sampleRate, rng, rmsDb) {
  const out = new Float32Array(length);
  for (let n = 0; n < length; n++) out[n] = rng() * 2 - 1;
  highpass(out, sampleRate, 1800);
  lowpass(out, sampleRate, 7500);
  let sum = 0;
  for (let n = 0; n < length; n++) sum += out[n] ** 2;
  const gain = dbToGain(rmsDb) / Math.sqrt(sum / Math.max(1, length) || 1);
  for (let n = 0; n < length; n++) out[n] *= gain;
  return out;
}

/**
 * Raised-cosine fade in and out; the fade-out is long enough to feel like the
 * tape is being faded on the desk rather than cut.
 * @param {Float32Array} buf @param {number} sampleRate @param {number} inSeconds @param {number} outSeconds
 */
export function fades(buf, sampleRate, inSeconds, outSeconds) {
  const fadeIn = Math.min(buf.length, Math.round(inSeconds * sampleRate));
  const fadeOut = Math.min(buf.length, Math.round(outSeconds * sampleRate));
  for (let i = 0; i < fadeIn; i++) buf[i] = buf[i] * 0.5 * (1 - Math.cos((Math.PI * i) / fadeIn));
  for (let i = 0; i < fadeOut; i++) {
    const idx = buf.length - 1 - i;
    buf[idx] = buf[idx] * 0.5 * (1 - Math.cos((Math.PI * i) / fadeOut));
  }
  return buf;
}

/**
 * Scales so the loudest sample sits at `db` dBFS (never amplifies silence).
 * @param {Float32Array} buf @param {number} db
 */
export function normalizePeak(buf, db) {
  const p = peak(buf);
  if (p === 0) return buf;
  const gain = dbToGain(db) / p;
  for (let i = 0; i < buf.length; i++) buf[i] = buf[i] * gain;
  return buf;
}

/** Largest peak-to-RMS ratio allowed into the tape stage; spikier transients are limited. */
export const MAX_CREST_DB = 14;
/**
 * Final sample peak. −1 dBFS was the aim, but a 40 kbps encode overshoots by
 * up to ~1.5 dB on decode (measured with mpg123), which clipped a few clips;
 * −2 dBFS keeps the decoded peaks around −1 dBFS and never above 0.
 */
export const PEAK_DBFS = -2;
/** Hiss RMS before the final peak trim: lands 35–40 dB under the music. */
export const HISS_DBFS = -50;

/**
 * The whole cassette chain, dry mix in, finished clip out.
 * @param {Float32Array} dry
 * @param {number} sampleRate
 * @param {() => number} rng
 * @returns {Float32Array}
 */
export function applyTape(dry, sampleRate, rng) {
  const drive = randRange(rng, 1.3, 1.9);
  const headRolloff = randRange(rng, 6000, 8000);
  normalizePeak(dry, 0);
  compress(dry, sampleRate, -16, 3);
  normalizePeak(dry, 0);
  // Only tracks whose peaks stick out far above their body get shaved.
  limit(dry, sampleRate, Math.min(0, 20 * Math.log10(rms(dry) || 1) + MAX_CREST_DB));
  normalizePeak(dry, 0);
  const wobbly = wowAndFlutter(dry, sampleRate, rng);
  saturate(wobbly, drive);
  highpass(wobbly, sampleRate, 35);
  // Two poles: tape head loss is steep, and a band already empty near the
  // MP3 encoder's own low-pass keeps decoded peaks from overshooting.
  lowpass(lowpass(wobbly, sampleRate, headRolloff), sampleRate, headRolloff);
  normalizePeak(wobbly, PEAK_DBFS - 0.3);
  const noise = hiss(wobbly.length, sampleRate, rng, HISS_DBFS);
  for (let i = 0; i < wobbly.length; i++) wobbly[i] = wobbly[i] + noise[i];
  fades(wobbly, sampleRate, 0.3, 1.5);
  return normalizePeak(wobbly, PEAK_DBFS);
}
