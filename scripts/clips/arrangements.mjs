// The band behind each `voice` label: which instruments play, in which
// register, how loud, and how likely brushes are. Pure data.

/**
 * @typedef {object} Arrangement
 * @property {string} lead instrument that carries the tune
 * @property {string} harmony instrument that plays the chords
 * @property {string[]} comps accompaniment styles to choose from
 * @property {[number, number]} leadTonic MIDI range for the melody's tonic
 * @property {[number, number]} compRange MIDI range for chord voicings
 * @property {number} compSize notes per voicing
 * @property {number} drums probability of brushes
 * @property {{ lead: number, harmony: number, bass: number, drums: number }} gains
 */

/**
 * What each `voice` label means as a band. The label names the timbre you hear
 * most (it always plays the tune); bells get a soft pad under them because a
 * glockenspiel strumming chords is not a thing.
 * @type {Record<string, Arrangement>}
 */
export const ARRANGEMENTS = {
  'nylon guitar': {
    lead: 'nylon',
    harmony: 'nylon',
    comps: ['fingerpick', 'fingerpick', 'strum'],
    leadTonic: [62, 73],
    compRange: [52, 69],
    compSize: 4,
    drums: 0.35,
    gains: { lead: 1.6, harmony: 0.55, bass: 0.35, drums: 0.4 },
  },
  ukulele: {
    lead: 'ukulele',
    harmony: 'ukulele',
    comps: ['strum'],
    leadTonic: [64, 74],
    compRange: [60, 76],
    compSize: 4,
    drums: 0.5,
    gains: { lead: 1.7, harmony: 0.5, bass: 0.5, drums: 0.4 },
  },
  'steel-string guitar': {
    lead: 'steel',
    harmony: 'steel',
    comps: ['strum', 'strum', 'fingerpick'],
    leadTonic: [62, 73],
    compRange: [52, 70],
    compSize: 4,
    drums: 0.5,
    gains: { lead: 1.6, harmony: 0.45, bass: 0.45, drums: 0.4 },
  },
  'toy piano': {
    lead: 'toyPiano',
    harmony: 'toyPiano',
    comps: ['broken', 'oompah'],
    leadTonic: [69, 80],
    compRange: [55, 72],
    compSize: 3,
    drums: 0.4,
    gains: { lead: 0.9, harmony: 0.45, bass: 0.55, drums: 0.3 },
  },
  'electric piano': {
    lead: 'ePiano',
    harmony: 'ePiano',
    comps: ['block', 'broken'],
    leadTonic: [62, 73],
    compRange: [53, 70],
    compSize: 4,
    drums: 0.6,
    gains: { lead: 0.9, harmony: 0.45, bass: 0.55, drums: 0.32 },
  },
  'reed organ': {
    lead: 'reedOrgan',
    harmony: 'reedOrgan',
    comps: ['pad'],
    leadTonic: [62, 73],
    compRange: [52, 69],
    compSize: 3,
    drums: 0.2,
    gains: { lead: 0.7, harmony: 0.3, bass: 0.5, drums: 0.28 },
  },
  glockenspiel: {
    lead: 'glockenspiel',
    harmony: 'pad',
    comps: ['pad'],
    leadTonic: [77, 88],
    compRange: [55, 72],
    compSize: 3,
    drums: 0.45,
    gains: { lead: 0.75, harmony: 0.4, bass: 0.5, drums: 0.3 },
  },
  'music box': {
    lead: 'musicBox',
    harmony: 'musicBox',
    comps: ['arpeggio'],
    leadTonic: [74, 85],
    compRange: [62, 79],
    compSize: 3,
    drums: 0.15,
    gains: { lead: 0.9, harmony: 0.4, bass: 0.4, drums: 0.25 },
  },
  kalimba: {
    lead: 'kalimba',
    harmony: 'kalimba',
    comps: ['arpeggio', 'broken'],
    leadTonic: [64, 75],
    compRange: [55, 72],
    compSize: 3,
    drums: 0.5,
    gains: { lead: 1, harmony: 0.5, bass: 0.5, drums: 0.3 },
  },
};

/** Kimya Dawson and Antsy Pants are strummers; everyone else gets the whole toy box. */
export const STRUMMER_VOICES = /** @type {const} */ ([
  ['ukulele', 5],
  ['steel-string guitar', 3],
  ['nylon guitar', 2],
]);
export const OTHER_VOICES = /** @type {const} */ ([
  ['nylon guitar', 3],
  ['toy piano', 2],
  ['electric piano', 2],
  ['reed organ', 2],
  ['glockenspiel', 2],
  ['music box', 2],
  ['kalimba', 1],
  ['steel-string guitar', 1],
  ['ukulele', 1],
]);
