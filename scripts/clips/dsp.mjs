// Small signal-processing helpers shared by the instruments and the tape.
// Everything works in place on Float32Arrays to keep the generator fast.

/**
 * One-pole low-pass: gentle 6 dB/octave, which is what a worn tape head or a
 * soft guitar body does to the top end.
 * @param {Float32Array} buf @param {number} sampleRate @param {number} cutoff Hz
 */
export function lowpass(buf, sampleRate, cutoff) {
  const a = 1 - Math.exp((-2 * Math.PI * cutoff) / sampleRate);
  let y = 0;
  for (let i = 0; i < buf.length; i++) {
    y += a * (buf[i] - y);
    buf[i] = y;
  }
  return buf;
}

/**
 * One-pole high-pass (input minus its low-passed self): removes DC and rumble.
 * @param {Float32Array} buf @param {number} sampleRate @param {number} cutoff Hz
 */
export function highpass(buf, sampleRate, cutoff) {
  const a = 1 - Math.exp((-2 * Math.PI * cutoff) / sampleRate);
  let low = 0;
  for (let i = 0; i < buf.length; i++) {
    const x = buf[i];
    low += a * (x - low);
    buf[i] = x - low;
  }
  return buf;
}

/**
 * Shapes a note: short attack ramp (no clicks), then an exponential release
 * once the note is let go at `hold` seconds.
 * @param {Float32Array} buf
 * @param {number} sampleRate
 * @param {number} attack seconds
 * @param {number} hold seconds until release starts
 * @param {number} release exponential time constant, seconds
 */
export function envelope(buf, sampleRate, attack, hold, release) {
  const attackSamples = Math.max(1, Math.round(attack * sampleRate));
  const holdSamples = Math.round(hold * sampleRate);
  const releaseFactor = Math.exp(-1 / (release * sampleRate));
  let gain = 1;
  for (let i = 0; i < buf.length; i++) {
    let g = 1;
    if (i < attackSamples) g = Math.sin((0.5 * Math.PI * i) / attackSamples);
    if (i >= holdSamples) {
      gain *= releaseFactor;
      g *= gain;
    }
    buf[i] = buf[i] * g;
  }
  // Always end at silence so the mix never gets a step.
  const tail = Math.min(buf.length, Math.round(0.004 * sampleRate));
  for (let i = 0; i < tail; i++) {
    const idx = buf.length - 1 - i;
    buf[idx] = buf[idx] * (i / tail);
  }
  return buf;
}

/** @param {Float32Array} buf */
export function peak(buf) {
  let p = 0;
  for (let i = 0; i < buf.length; i++) p = Math.max(p, Math.abs(buf[i]));
  return p;
}

/** @param {Float32Array} buf @param {number} [start] @param {number} [end] */
export function rms(buf, start = 0, end = buf.length) {
  let sum = 0;
  for (let i = start; i < end; i++) sum += buf[i] ** 2;
  return Math.sqrt(sum / Math.max(1, end - start));
}

/** @param {number} db */
export function dbToGain(db) {
  return 10 ** (db / 20);
}
