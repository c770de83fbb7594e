// Instrument synthesis. Each voice renders one note into a fresh buffer; the
// caller mixes it in. Plucked strings are Karplus–Strong, struck metal and
// keys are banks of decaying partials, drums are shaped noise.

import { envelope, highpass, lowpass } from './dsp.mjs';
import { midiToFreq } from './music.mjs';

const TAU = 2 * Math.PI;
/** Longest any single note may ring, seconds; keeps the render bounded. */
const MAX_RING = 4;

/**
 * Per-sample multiplier that decays by 60 dB in `t60` seconds.
 * @param {number} t60 @param {number} sampleRate
 */
function decayPerSample(t60, sampleRate) {
  return 10 ** (-3 / (t60 * sampleRate));
}

/**
 * @typedef {object} PluckVoice
 * @property {number} t60 ring time at 200 Hz, seconds
 * @property {number} brightness 0–1, how much top end the pick puts in
 * @property {number} pluckPosition fraction of the string, sets the comb colour
 * @property {number} tone output low-pass, Hz (the body)
 * @property {number} release damping time once the note is let go
 * @property {number} gain
 */

/** @type {Record<string, PluckVoice>} */
const PLUCKED = {
  nylon: { t60: 2.6, brightness: 0.3, pluckPosition: 0.2, tone: 3200, release: 0.08, gain: 1.5 },
  steel: { t60: 3.2, brightness: 0.55, pluckPosition: 0.13, tone: 5200, release: 0.1, gain: 1.2 },
  ukulele: { t60: 1.8, brightness: 0.5, pluckPosition: 0.24, tone: 4500, release: 0.06, gain: 1.3 },
};

/**
 * Karplus–Strong with an all-pass fractional delay so high notes stay in tune
 * at 22 kHz (an integer delay line would be tens of cents off).
 * @param {PluckVoice} v @param {number} freq @param {number} dur @param {number} vel
 * @param {number} sampleRate @param {() => number} rng
 */
function pluck(v, freq, dur, vel, sampleRate, rng) {
  // The loop's two-tap loss filter weights the older tap by `stretch`: 0.5 is
  // classic Karplus–Strong, smaller values damp less, so high notes still
  // ring at this low sample rate instead of dying in a few hundred ms.
  const stretch = Math.min(0.5, Math.max(0.1, 0.5 * (220 / freq) ** 0.8));
  const period = sampleRate / freq;
  let delay = Math.floor(period - stretch);
  let frac = period - stretch - delay;
  if (frac < 0.1) {
    delay -= 1;
    frac += 1;
  }
  const apCoef = (1 - frac) / (1 + frac);
  const t60 = Math.min(v.t60 * 2, Math.max(0.5, v.t60 * (200 / freq) ** 0.4));
  // Per-trip gain that gives the fundamental exactly this t60, after taking
  // out what the loss filter already removes at that frequency.
  const w = (2 * Math.PI * freq) / sampleRate;
  const filterLoss = Math.sqrt((1 - stretch) ** 2 + stretch ** 2 + 2 * stretch * (1 - stretch) * Math.cos(w));
  const loopGain = Math.min(0.99995, 10 ** ((-3 * period) / (t60 * sampleRate)) / filterLoss);
  const ring = Math.min(MAX_RING, Math.min(dur, t60) + 6 * v.release);
  const out = new Float32Array(Math.ceil(ring * sampleRate));

  // Excitation: the string's pulled-aside triangle shape (mostly low
  // harmonics, so no spiky attack) plus some filtered noise for the pick's
  // scratch; a harder pick is brighter. DC removed so the string cannot drift.
  const line = new Float64Array(delay);
  const apex = Math.max(1, Math.round(v.pluckPosition * delay));
  const a = v.brightness * (0.55 + 0.45 * vel);
  let lp = 0;
  let mean = 0;
  for (let i = 0; i < delay; i++) {
    lp += a * (rng() * 2 - 1 - lp);
    const shape = i < apex ? i / apex : (delay - i) / (delay - apex);
    line[i] = 0.75 * shape + 0.6 * lp;
    mean += line[i];
  }
  mean /= delay;
  for (let i = 0; i < delay; i++) line[i] -= mean;

  let idx = 0;
  let prev = 0;
  let apIn = 0;
  let apOut = 0;
  for (let n = 0; n < out.length; n++) {
    const y = line[idx];
    out[n] = y;
    const averaged = ((1 - stretch) * y + stretch * prev) * loopGain;
    prev = y;
    const ap = apCoef * averaged + apIn - apCoef * apOut;
    apIn = averaged;
    apOut = ap;
    line[idx] = ap;
    idx = idx + 1 === delay ? 0 : idx + 1;
  }
  lowpass(out, sampleRate, v.tone);
  envelope(out, sampleRate, 0.001, dur, v.release);
  const amp = v.gain * vel ** 1.3;
  for (let i = 0; i < out.length; i++) out[i] *= amp;
  return out;
}

/**
 * @typedef {object} PartialVoice
 * @property {[number, number, number][]} partials [frequency ratio, amplitude, t60 seconds]
 * @property {number} attack seconds
 * @property {number} release seconds (time constant after note-off)
 * @property {number} [detuneCents] random per-note detune, for the charm of cheap tines
 * @property {number} [click] level of a tiny noise transient (the hammer or pin)
 * @property {number} [tone] output low-pass, Hz
 * @property {number} [t60Tilt] high notes decay faster: t60 × (440 / f) ^ tilt
 * @property {number} gain
 */

/** @type {Record<string, PartialVoice>} */
const PARTIALS = {
  // Toy pianos strike metal rods: a clangy 3.9× partial that dies fast.
  toyPiano: {
    partials: [
      [1, 1, 1.5],
      [2.01, 0.16, 0.6],
      [3.93, 0.3, 0.3],
      [9.1, 0.08, 0.07],
    ],
    attack: 0.0015,
    release: 0.25,
    detuneCents: 6,
    click: 0.12,
    tone: 6000,
    t60Tilt: 0.4,
    gain: 0.9,
  },
  // Free-bar modes of a glockenspiel bar.
  glockenspiel: {
    partials: [
      [1, 1, 2.6],
      [2.76, 0.3, 0.8],
      [5.4, 0.12, 0.3],
      [8.93, 0.05, 0.12],
    ],
    attack: 0.001,
    release: 0.9,
    t60Tilt: 0.3,
    gain: 0.8,
  },
  // Cantilever tine: almost a sine, with a short metallic 6.27× ping.
  musicBox: {
    partials: [
      [1, 1, 1.8],
      [2, 0.08, 0.7],
      [6.27, 0.2, 0.1],
    ],
    attack: 0.0008,
    release: 0.8,
    detuneCents: 5,
    click: 0.05,
    t60Tilt: 0.3,
    gain: 0.85,
  },
  kalimba: {
    partials: [
      [1, 1, 1.4],
      [2, 0.05, 0.5],
      [5.4, 0.22, 0.08],
    ],
    attack: 0.002,
    release: 0.45,
    click: 0.08,
    tone: 5000,
    t60Tilt: 0.3,
    gain: 1,
  },
  // Soft sustained chords under the bells; the doubled 1.003× partial is a slow chorus.
  pad: {
    partials: [
      [1, 1, 40],
      [1.003, 0.6, 40],
      [2, 0.2, 40],
      [3, 0.06, 40],
    ],
    attack: 0.35,
    release: 0.45,
    tone: 2500,
    gain: 0.45,
  },
  // Harmonium: buzzy harmonic reed plus a slightly sharp second rank.
  reedOrgan: {
    partials: [
      [1, 1, 40],
      [2, 0.5, 40],
      [3, 0.38, 40],
      [4, 0.24, 40],
      [5, 0.17, 40],
      [6, 0.11, 40],
      [7, 0.07, 40],
      [8, 0.05, 40],
      [1.0017, 0.45, 40],
      [2.0034, 0.2, 40],
    ],
    attack: 0.05,
    release: 0.12,
    tone: 2600,
    gain: 0.5,
  },
  // Round, soft bass (think fingered upright through a small amp).
  bass: {
    partials: [
      [1, 1, 2.2],
      [2, 0.3, 0.9],
      [3, 0.1, 0.5],
    ],
    attack: 0.008,
    release: 0.07,
    tone: 1200,
    gain: 1,
  },
};

/**
 * Bank of exponentially decaying sinusoids via the two-term recurrence
 * y[n] = 2r·cos(w)·y[n-1] − r²·y[n-2]: one multiply-add per partial-sample
 * instead of a Math.sin call.
 * @param {PartialVoice} v @param {number} freq @param {number} dur @param {number} vel
 * @param {number} sampleRate @param {() => number} rng
 */
function partials(v, freq, dur, vel, sampleRate, rng) {
  const tilt = v.t60Tilt ? (440 / freq) ** v.t60Tilt : 1;
  const longest = Math.max(...v.partials.map(([, , t60]) => t60 * tilt));
  const ring = Math.min(MAX_RING, Math.min(dur + 6 * v.release, longest));
  const out = new Float32Array(Math.ceil(ring * sampleRate));
  const detune = v.detuneCents ? 2 ** (((rng() * 2 - 1) * v.detuneCents) / 1200) : 1;
  for (const [ratio, amplitude, t60] of v.partials) {
    const f = freq * ratio * detune;
    if (f >= 0.45 * sampleRate) continue;
    // Soft strikes excite the upper modes less.
    const amp = ratio > 1.5 ? amplitude * (0.5 + 0.5 * vel) : amplitude;
    const w = (TAU * f) / sampleRate;
    const r = decayPerSample(t60 * tilt, sampleRate);
    const phase = rng() * TAU;
    const c = 2 * r * Math.cos(w);
    const r2 = r * r;
    let y0 = amp * Math.sin(phase);
    let y1 = amp * r * Math.sin(w + phase);
    const end = Math.min(out.length, Math.ceil(Math.log(1e-4 / amp) / Math.log(r)) + 2);
    if (end > 0) out[0] += y0;
    if (end > 1) out[1] += y1;
    for (let n = 2; n < end; n++) {
      const y2 = c * y1 - r2 * y0;
      out[n] += y2;
      y0 = y1;
      y1 = y2;
    }
  }
  if (v.click) {
    const clickLength = Math.round(0.004 * sampleRate);
    for (let n = 0; n < clickLength && n < out.length; n++) {
      out[n] += v.click * (rng() * 2 - 1) * (1 - n / clickLength);
    }
  }
  if (v.tone) lowpass(out, sampleRate, v.tone);
  envelope(out, sampleRate, v.attack, dur, v.release);
  const gain = v.gain * vel ** 1.2;
  for (let i = 0; i < out.length; i++) out[i] *= gain;
  return out;
}

/**
 * Two-operator FM electric piano: the bark (modulation index) fades quickly,
 * leaving a round bell-ish tone.
 * @param {number} freq @param {number} dur @param {number} vel @param {number} sampleRate
 */
function electricPiano(freq, dur, vel, sampleRate) {
  const release = 0.15;
  const t60 = Math.max(0.8, 3.2 * (262 / freq) ** 0.5);
  const ring = Math.min(MAX_RING, Math.min(dur, t60) + 6 * release);
  const out = new Float32Array(Math.ceil(ring * sampleRate));
  const w = (TAU * freq) / sampleRate;
  const decay = decayPerSample(t60, sampleRate);
  const barkDecay = Math.exp(-1 / (0.3 * sampleRate));
  let amp = 1;
  let bark = 0.3 + 1.4 * vel;
  for (let n = 0; n < out.length; n++) {
    const phase = w * n;
    out[n] = amp * Math.sin(phase + (bark + 0.2) * Math.sin(phase));
    amp *= decay;
    bark *= barkDecay;
  }
  lowpass(out, sampleRate, 4000);
  envelope(out, sampleRate, 0.002, dur, release);
  const gain = 0.8 * vel ** 1.2;
  for (let i = 0; i < out.length; i++) out[i] *= gain;
  return out;
}

/**
 * Soft kick: a sine that falls from ~120 Hz to ~48 Hz, the thump of a felt
 * beater on a small bass drum.
 * @param {number} vel @param {number} sampleRate
 */
function kick(vel, sampleRate) {
  const out = new Float32Array(Math.ceil(0.45 * sampleRate));
  let phase = 0;
  for (let n = 0; n < out.length; n++) {
    const t = n / sampleRate;
    const f = 48 + 72 * Math.exp(-t / 0.035);
    phase += (TAU * f) / sampleRate;
    out[n] = Math.sin(phase) * Math.exp(-t / 0.16);
  }
  envelope(out, sampleRate, 0.003, 1, 1);
  const gain = 0.9 * vel ** 1.3;
  for (let i = 0; i < out.length; i++) out[i] *= gain;
  return out;
}

/**
 * Band-limited noise with an amplitude shape: brushes, swishes and shakers.
 * @param {number} seconds @param {number} low high-pass Hz @param {number} high low-pass Hz
 * @param {(t: number) => number} shape amplitude at time t
 * @param {number} sampleRate @param {() => number} rng
 */
function noiseHit(seconds, low, high, shape, sampleRate, rng) {
  const out = new Float32Array(Math.ceil(seconds * sampleRate));
  for (let n = 0; n < out.length; n++) out[n] = rng() * 2 - 1;
  // Two passes each way for a 12 dB/octave band instead of a thin 6.
  highpass(highpass(out, sampleRate, low), sampleRate, low);
  lowpass(lowpass(out, sampleRate, high), sampleRate, high);
  for (let n = 0; n < out.length; n++) out[n] *= shape(n / sampleRate);
  envelope(out, sampleRate, 0.002, seconds, 1);
  return out;
}

/**
 * Renders one note of the named instrument.
 * @param {string} instrument
 * @param {number} midi
 * @param {number} dur seconds held
 * @param {number} vel 0–1
 * @param {number} sampleRate
 * @param {() => number} rng noise source (seeded)
 * @returns {Float32Array}
 */
export function renderNote(instrument, midi, dur, vel, sampleRate, rng) {
  const freq = midiToFreq(midi);
  const plucked = PLUCKED[instrument];
  if (plucked) return pluck(plucked, freq, dur, vel, sampleRate, rng);
  const bank = PARTIALS[instrument];
  if (bank) return partials(bank, freq, dur, vel, sampleRate, rng);
  switch (instrument) {
    case 'ePiano':
      return electricPiano(freq, dur, vel, sampleRate);
    case 'kick':
      return kick(vel, sampleRate);
    case 'brush':
      return noiseHit(
        0.35,
        1200,
        6000,
        (t) => 0.9 * vel * (Math.exp(-t / 0.05) + 0.25 * Math.exp(-t / 0.2)),
        sampleRate,
        rng,
      );
    case 'brushSwish':
      return noiseHit(
        Math.max(0.2, dur),
        1500,
        6000,
        (t) => 0.25 * vel * Math.sin((Math.PI * Math.min(t, dur)) / Math.max(0.2, dur)) ** 2,
        sampleRate,
        rng,
      );
    case 'shaker':
      return noiseHit(0.12, 3500, 8000, (t) => 0.6 * vel * Math.exp(-t / 0.03), sampleRate, rng);
    default:
      throw new Error(`Unknown instrument "${instrument}"`);
  }
}

/** Every instrument name renderNote understands. */
export const INSTRUMENTS = [
  ...Object.keys(PLUCKED),
  ...Object.keys(PARTIALS),
  'ePiano',
  'kick',
  'brush',
  'brushSwish',
  'shaker',
];
