// Music theory the composer leans on: keys, scales, progressions, voicings.

/** Key names spelled the way a folk songbook would print them. */
const MAJOR_KEY_NAMES = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'];
const MINOR_KEY_NAMES = ['C', 'C#', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'G#', 'A', 'Bb', 'B'];

/** @typedef {'major' | 'minor'} Mode */

/** Natural minor; the raised leading tone is applied per chord (see chordTones). */
export const SCALES = /** @type {const} */ ({
  major: [0, 2, 4, 5, 7, 9, 11],
  minor: [0, 2, 3, 5, 7, 8, 10],
});

/**
 * Four-chord loops as scale-degree indices (0 = tonic). All of them sit well
 * under a diatonic melody, which is what keeps the generated tunes pleasant.
 */
export const PROGRESSIONS = /** @type {const} */ ({
  major: [
    [0, 4, 5, 3], // I V vi IV
    [0, 5, 3, 4], // I vi IV V
    [0, 3, 5, 4], // I IV vi V
    [5, 3, 0, 4], // vi IV I V
    [0, 3, 0, 4], // I IV I V
    [3, 0, 4, 5], // IV I V vi
    [0, 2, 3, 4], // I iii IV V
    [0, 1, 3, 4], // I ii IV V
  ],
  minor: [
    [0, 5, 2, 6], // i VI III VII
    [0, 3, 6, 2], // i iv VII III
    [0, 6, 5, 6], // i VII VI VII
    [0, 5, 3, 4], // i VI iv V
    [0, 3, 0, 4], // i iv i V
    [0, 2, 6, 3], // i III VII iv
  ],
});

/** @param {number} midi */
export function midiToFreq(midi) {
  return 440 * 2 ** ((midi - 69) / 12);
}

/** @param {number} root pitch class 0–11 @param {Mode} mode */
export function keyName(root, mode) {
  const names = mode === 'major' ? MAJOR_KEY_NAMES : MINOR_KEY_NAMES;
  return `${names[root]} ${mode}`;
}

/**
 * Semitone offset of a (possibly negative or > 7) scale degree from the tonic.
 * @param {Mode} mode
 * @param {number} degree
 * @param {boolean} [raiseSeventh] harmonic-minor colour while a major V sounds
 */
export function degreeToSemitone(mode, degree, raiseSeventh = false) {
  const scale = SCALES[mode];
  const octave = Math.floor(degree / 7);
  const step = degree - octave * 7;
  const raise = raiseSeventh && mode === 'minor' && step === 6 ? 1 : 0;
  return scale[step] + raise + 12 * octave;
}

/**
 * Whether the chord on `degree` borrows the harmonic-minor leading tone; a
 * major V gives minor-key cadences their pull home.
 * @param {Mode} mode @param {number} degree
 */
export function isRaisedDominant(mode, degree) {
  return mode === 'minor' && degree === 4;
}

/**
 * Scale degrees (relative to the tonic, within one octave above the chord
 * root) that make up the chord built on `degree`.
 * @param {number} degree @param {boolean} seventh
 */
export function chordDegrees(degree, seventh) {
  return seventh ? [degree, degree + 2, degree + 4, degree + 6] : [degree, degree + 2, degree + 4];
}

/**
 * Pitch classes of the chord, absolute (0–11).
 * @param {number} keyRoot @param {Mode} mode @param {number} degree @param {boolean} seventh
 */
export function chordPitchClasses(keyRoot, mode, degree, seventh) {
  const raise = isRaisedDominant(mode, degree);
  return chordDegrees(degree, seventh).map((d) => (keyRoot + degreeToSemitone(mode, d, raise)) % 12);
}

/**
 * Lowest MIDI note with pitch class `pc` at or above `floor`.
 * @param {number} pc @param {number} floor
 */
export function placeAbove(pc, floor) {
  return floor + ((((pc - floor) % 12) + 12) % 12);
}

/**
 * Close-position voicing of `pcs` inside [low, high] that moves least from the
 * previous voicing (or sits nearest `center` when there is none). Smooth voice
 * leading is most of what makes a strummed loop sound "played".
 * @param {number[]} pcs chord pitch classes, root first
 * @param {number} size how many notes (pitch classes repeat upward if needed)
 * @param {number} low @param {number} high
 * @param {number[] | null} previous
 * @returns {number[]} ascending MIDI notes
 */
export function voiceChord(pcs, size, low, high, previous) {
  /** @type {number[][]} */
  const candidates = [];
  for (let inversion = 0; inversion < pcs.length; inversion++) {
    for (let start = low; start < low + 12; start++) {
      const first = pcs[inversion];
      if (start % 12 !== first % 12) continue;
      const notes = [start];
      for (let i = 1; i < size; i++) {
        const pc = pcs[(inversion + i) % pcs.length];
        notes.push(placeAbove(pc, notes[i - 1] + 1));
      }
      if (notes[notes.length - 1] <= high) candidates.push(notes);
    }
  }
  if (candidates.length === 0) {
    // Range too narrow for this size: fall back to a root-position stack.
    const notes = [placeAbove(pcs[0], low)];
    for (let i = 1; i < size; i++) {
      notes.push(placeAbove(pcs[i % pcs.length], notes[i - 1] + 1));
    }
    return notes;
  }
  const center = (low + high) / 2;
  /** @param {number[]} notes */
  const cost = (notes) => {
    if (previous && previous.length === notes.length) {
      return notes.reduce((sum, n, i) => sum + Math.abs(n - previous[i]), 0);
    }
    const mean = notes.reduce((a, b) => a + b, 0) / notes.length;
    return Math.abs(mean - center);
  };
  let best = /** @type {number[]} */ (candidates[0]);
  for (const c of candidates) if (cost(c) < cost(best)) best = c;
  return best;
}
