// Turns a track's identity into a score: key, tempo, arrangement and a list of
// timed note events. No audio happens here, so the score can be unit-tested.

import { ARRANGEMENTS, OTHER_VOICES, STRUMMER_VOICES } from './arrangements.mjs';
import {
  chordDegrees,
  chordPitchClasses,
  degreeToSemitone,
  isRaisedDominant,
  keyName,
  PROGRESSIONS,
  placeAbove,
  voiceChord,
} from './music.mjs';
import { BASS_LINES, CELLS, FIGURES, STRUMS } from './patterns.mjs';
import { forkRng, pick, pickWeighted, randInt, randRange, trackSeed } from './prng.mjs';

export { ARRANGEMENTS } from './arrangements.mjs';

/** @typedef {import('./music.mjs').Mode} Mode */
/** @typedef {import('./arrangements.mjs').Arrangement} Arrangement */
/** @typedef {import('./patterns.mjs').Hit} Hit */
/** @typedef {'lead' | 'harmony' | 'bass' | 'drums'} Layer */
/**
 * @typedef {object} NoteEvent
 * @property {number} time seconds from the start of the clip
 * @property {number} dur seconds until the note is released
 * @property {number} midi pitch (ignored by drums)
 * @property {number} vel 0–1
 * @property {string} instrument a voice name from voices.mjs
 * @property {Layer} layer
 */
/** Hiss-only lead-in, long enough to sit under the 0.3 s fade-in. */
const LEAD_IN_SECONDS = 0.3;
/** How long the last chord rings before the tape ends; the fade-out takes the last 1.5 s of it. */
const FINAL_HOLD_SECONDS = 2.8;

/**
 * @param {{ artist: string }} track
 * @param {() => number} rng
 */
function chooseVoice(track, rng) {
  const strummer = /kimya dawson|antsy pants/i.test(track.artist);
  return pickWeighted(rng, strummer ? STRUMMER_VOICES : OTHER_VOICES);
}

/**
 * The full score for one track. Pure and cheap (no audio), deterministic in
 * the track's id, artist and title.
 * @param {{ id: string, artist: string, title: string }} track
 */
export function composeTrack(track) {
  const seed = trackSeed(track);
  const rng = forkRng(seed, 'score');
  const feel = forkRng(seed, 'humanize');

  const keyRoot = randInt(rng, 0, 11);
  /** @type {Mode} */
  const mode = rng() < 0.6 ? 'major' : 'minor';
  const voice = chooseVoice(track, rng);
  const arrangement = /** @type {Arrangement} */ (ARRANGEMENTS[voice]);
  const beatsPerBar = rng() < 0.27 ? 3 : 4;
  const bpm = beatsPerBar === 3 ? randInt(rng, 88, 126) : randInt(rng, 72, 108);
  const swing = rng() < 0.4 ? randRange(rng, 0.54, 0.61) : 0.5;
  const progression = pick(rng, PROGRESSIONS[mode]);
  const sevenths = rng() < 0.3;
  const comp = pick(rng, arrangement.comps);
  const withDrums = rng() < arrangement.drums;
  const withShaker = withDrums && rng() < 0.5;

  const beatSeconds = 60 / bpm;
  const barSeconds = beatSeconds * beatsPerBar;
  const target = randRange(rng, 16, 23);
  const introBars = barSeconds >= 2.4 ? 1 : 2;
  const fixed = LEAD_IN_SECONDS + introBars * barSeconds + FINAL_HOLD_SECONDS;
  let bodyBars = Math.max(4, 2 * Math.round((target - fixed) / barSeconds / 2));
  while (fixed + bodyBars * barSeconds > 26) bodyBars -= 2;
  while (fixed + bodyBars * barSeconds < 15.5) bodyBars += 2;
  const totalBars = introBars + bodyBars + 1;
  const seconds = fixed + bodyBars * barSeconds;

  /** @type {number[]} chord degree per bar */
  const chords = [];
  for (let bar = 0; bar < totalBars - 1; bar++) chords.push(progression[bar % 4]);
  // Land the loop on a cadence: the bar before the final tonic should not be the tonic itself.
  if (chords[totalBars - 2] === 0) chords[totalBars - 2] = 4;
  chords.push(0);

  /**
   * Beat (fractional, from bar 0) to seconds, with swung off-beats.
   * @param {number} beat
   */
  const beatToSeconds = (beat) => {
    const whole = Math.floor(beat);
    const frac = beat - whole;
    const swung = frac < 0.5 ? frac * 2 * swing : swing + (frac - 0.5) * 2 * (1 - swing);
    return LEAD_IN_SECONDS + (whole + swung) * beatSeconds;
  };
  /** @param {number} amount seconds */
  const jitter = (amount) => (feel() - 0.5) * 2 * amount;
  /** @param {number} vel */
  const humanVel = (vel) => Math.min(1, Math.max(0.05, vel * (1 + (feel() - 0.5) * 0.16)));

  /** @type {NoteEvent[]} */
  const events = [];
  const ctx = { keyRoot, mode, beatsPerBar, chords, sevenths, arrangement, beatToSeconds, jitter, humanVel };

  composeHarmony(rng, events, ctx, comp, totalBars);
  composeBass(rng, events, ctx, totalBars);
  if (withDrums) composeDrums(events, ctx, introBars, totalBars, withShaker);
  composeMelody(rng, events, ctx, introBars, bodyBars);

  events.sort((a, b) => a.time - b.time || a.midi - b.midi);

  return {
    id: track.id,
    seed,
    key: keyName(keyRoot, mode),
    keyRoot,
    mode,
    bpm,
    beatsPerBar,
    swing,
    voice,
    comp,
    progression: [...progression],
    sevenths,
    drums: withDrums,
    bars: totalBars,
    seconds,
    events,
  };
}

/**
 * @typedef {object} Context
 * @property {number} keyRoot
 * @property {Mode} mode
 * @property {number} beatsPerBar
 * @property {number[]} chords
 * @property {boolean} sevenths
 * @property {Arrangement} arrangement
 * @property {(beat: number) => number} beatToSeconds
 * @property {(amount: number) => number} jitter
 * @property {(vel: number) => number} humanVel
 */

/** @param {Context} ctx @param {number} bar */
function chordAt(ctx, bar) {
  const degree = ctx.chords[bar];
  return chordPitchClasses(ctx.keyRoot, ctx.mode, degree, ctx.sevenths);
}

/**
 * @param {() => number} rng
 * @param {NoteEvent[]} events
 * @param {Context} ctx
 * @param {string} comp
 * @param {number} totalBars
 */
function composeHarmony(rng, events, ctx, comp, totalBars) {
  const { arrangement, beatsPerBar, beatToSeconds, jitter, humanVel } = ctx;
  const [low, high] = arrangement.compRange;
  const instrument = arrangement.harmony;
  const strumPattern = pick(rng, STRUMS[beatsPerBar] ?? []);
  const figure = pick(rng, FIGURES[comp]?.[beatsPerBar] ?? []);
  /** @type {number[] | null} */
  let previous = null;

  for (let bar = 0; bar < totalBars; bar++) {
    const pcs = chordAt(ctx, bar);
    const voicing = voiceChord(pcs, arrangement.compSize, low, high, previous);
    previous = voicing;
    const bassNote = placeAbove(pcs[0], low - 12);
    // Alternating-bass thumb goes to the fifth just below or around the root.
    const altBass = placeAbove(pcs[2], bassNote - 7);
    const barStart = bar * beatsPerBar;
    const last = bar === totalBars - 1;

    if (comp === 'strum') {
      const guitar = instrument !== 'ukulele';
      const strings = guitar ? [bassNote, ...voicing] : voicing;
      /** @type {[number, boolean, number][]} */
      const hits = last ? [[0, true, 0.9]] : strumPattern;
      hits.forEach(([beat, down, vel], i) => {
        const next = hits[i + 1];
        const nextBeat = next ? next[0] : beatsPerBar;
        const start = beatToSeconds(barStart + beat) + jitter(0.008);
        const end = last ? beatToSeconds(barStart + beatsPerBar) + 1.5 : beatToSeconds(barStart + nextBeat);
        // Up-strums only catch the top strings; the final strum is rolled slowly.
        const played = down ? strings : strings.slice(-3).reverse();
        const spread = last ? 0.035 : down ? 0.012 : 0.009;
        const strumVel = humanVel(vel);
        played.forEach((midi, s) => {
          const t = start + s * spread;
          events.push({
            time: t,
            dur: Math.max(0.05, end - t + 0.02),
            midi,
            vel: strumVel * (down ? 1 - s * 0.05 : 0.85),
            instrument,
            layer: 'harmony',
          });
        });
      });
      continue;
    }

    // Arpeggios climb past the voicing into the next octave.
    const arpNotes = [...voicing, ...voicing.map((n) => n + 12)];
    /** @type {Hit[]} */
    const hits = last ? [[0, 'C', 0.75, beatsPerBar]] : figure;
    for (const [beat, what, vel, lengthBeats] of hits) {
      /** @type {number[]} */
      let notes;
      if (what === 'B') notes = [bassNote];
      else if (what === 'A') notes = [altBass];
      else if (what === 'C') notes = comp === 'pad' || last ? [bassNote, ...voicing] : voicing;
      else {
        const source = comp === 'arpeggio' ? arpNotes : voicing;
        notes = [source[Math.min(Number(what), source.length - 1)]];
      }
      const t = beatToSeconds(barStart + beat) + jitter(0.006);
      const dur = last
        ? beatToSeconds(barStart + beatsPerBar) - t + 1.2
        : beatToSeconds(barStart + beat + lengthBeats) - t;
      const noteVel = humanVel(vel);
      notes.forEach((midi, i) => {
        events.push({ time: t + i * 0.004, dur, midi, vel: noteVel, instrument, layer: 'harmony' });
      });
    }
  }
}

/**
 * @param {() => number} rng
 * @param {NoteEvent[]} events
 * @param {Context} ctx
 * @param {number} totalBars
 */
function composeBass(rng, events, ctx, totalBars) {
  const { beatsPerBar, beatToSeconds, jitter, humanVel, keyRoot, mode } = ctx;
  const line = pick(rng, BASS_LINES[beatsPerBar] ?? []);
  for (let bar = 0; bar < totalBars; bar++) {
    const pcs = chordAt(ctx, bar);
    const root = placeAbove(pcs[0], 38);
    const fifth = placeAbove(pcs[2], 38);
    const nextDegree = ctx.chords[bar + 1] ?? 0;
    // Walk into the next chord from the scale step below its root.
    const approach = placeAbove((keyRoot + degreeToSemitone(mode, nextDegree - 1) + 120) % 12, 38);
    const barStart = bar * beatsPerBar;
    const last = bar === totalBars - 1;
    /** @type {[number, 'R' | 'F' | 'X', number][]} */
    const hits = last ? [[0, 'R', beatsPerBar]] : line;
    for (const [beat, what, lengthBeats] of hits) {
      const midi = what === 'R' ? root : what === 'F' ? fifth : approach;
      const t = beatToSeconds(barStart + beat) + jitter(0.005);
      const end = last
        ? beatToSeconds(barStart + beatsPerBar) + 1
        : beatToSeconds(barStart + beat + lengthBeats);
      events.push({
        time: t,
        dur: end - t,
        midi,
        vel: humanVel(beat === 0 ? 0.9 : 0.7),
        instrument: 'bass',
        layer: 'bass',
      });
    }
  }
}

/**
 * Brushes, a soft kick and sometimes a shaker: enough pulse for a bedroom
 * recording without a drum kit stealing the tape.
 * @param {NoteEvent[]} events
 * @param {Context} ctx
 * @param {number} introBars
 * @param {number} totalBars
 * @param {boolean} withShaker
 */
function composeDrums(events, ctx, introBars, totalBars, withShaker) {
  const { beatsPerBar, beatToSeconds, jitter, humanVel } = ctx;
  /** @param {string} instrument @param {number} beat @param {number} vel @param {number} dur */
  const hit = (instrument, beat, vel, dur) => {
    events.push({
      time: beatToSeconds(beat) + jitter(0.006),
      dur,
      midi: 0,
      vel: humanVel(vel),
      instrument,
      layer: 'drums',
    });
  };
  for (let bar = introBars; bar < totalBars; bar++) {
    const barStart = bar * beatsPerBar;
    if (bar === totalBars - 1) {
      hit('kick', barStart, 0.7, 0.4);
      hit('brushSwish', barStart, 0.5, 1.2);
      continue;
    }
    hit('kick', barStart, 0.85, 0.4);
    if (beatsPerBar === 4) {
      hit('kick', barStart + 2, 0.6, 0.4);
      hit('brush', barStart + 1, 0.75, 0.3);
      hit('brush', barStart + 3, 0.8, 0.3);
    } else {
      hit('brush', barStart + 1, 0.6, 0.25);
      hit('brush', barStart + 2, 0.55, 0.25);
    }
    if (withShaker) {
      for (let e = 0; e < beatsPerBar * 2; e++)
        hit('shaker', barStart + e / 2, e % 2 === 0 ? 0.45 : 0.3, 0.1);
    } else {
      hit('brushSwish', barStart, 0.35, (60 / 90) * beatsPerBar * 0.5);
    }
  }
}

/** Melody range in scale degrees around the lead tonic: a comfortable tenth. */
const MELODY_LOW = -2;
const MELODY_HIGH = 8;

/** Weight of a melodic interval, in scale steps: steps and thirds sing best. */
const INTERVAL_WEIGHTS = [1.1, 4, 2.2, 1, 0.8, 0.35, 0.15, 0.3];

/**
 * @param {() => number} rng
 * @param {number} previous degree
 * @param {number[]} chordTones degrees 0–6
 * @param {boolean} strong
 * @param {number} target degree the phrase arc is heading to
 */
function nextDegree(rng, previous, chordTones, strong, target) {
  /** @type {[number, number][]} */
  const options = [];
  for (let d = MELODY_LOW; d <= MELODY_HIGH; d++) {
    const interval = Math.abs(d - previous);
    let w = INTERVAL_WEIGHTS[Math.min(interval, 7)];
    const isChordTone = chordTones.includes(((d % 7) + 7) % 7);
    if (strong && !isChordTone) w *= 0.04;
    if (!strong && isChordTone) w *= 1.3;
    w *= Math.exp(-Math.abs(d - target) * 0.25);
    options.push([d, w]);
  }
  return pickWeighted(rng, options);
}

/**
 * Nearest chord tone to `degree` (ties go up, which tends to sound brighter).
 * @param {number} degree @param {number[]} chordTones
 */
function nearestChordTone(degree, chordTones) {
  for (let delta = 0; delta < 7; delta++) {
    for (const d of [degree + delta, degree - delta]) {
      if (d >= MELODY_LOW && d <= MELODY_HIGH && chordTones.includes(((d % 7) + 7) % 7)) return d;
    }
  }
  return degree;
}

/**
 * A tune in two-bar phrases shaped A A' B A'': the A rhythm comes back so the
 * ear recognises a hook, while the pitches follow the chords underneath.
 * @param {() => number} rng
 * @param {NoteEvent[]} events
 * @param {Context} ctx
 * @param {number} introBars
 * @param {number} bodyBars
 */
function composeMelody(rng, events, ctx, introBars, bodyBars) {
  const { beatsPerBar, beatToSeconds, jitter, humanVel, arrangement, keyRoot, mode } = ctx;
  const cells = CELLS[/** @type {3 | 4} */ (beatsPerBar)];
  const rhythmA = [pick(rng, cells.regular), pick(rng, cells.ending)];
  const rhythmB = [pick(rng, cells.regular), pick(rng, cells.ending)];
  const [tonicLow, tonicHigh] = arrangement.leadTonic;
  const tonic =
    placeAbove(keyRoot, tonicLow) <= tonicHigh
      ? placeAbove(keyRoot, tonicLow)
      : placeAbove(keyRoot, tonicLow) - 12;
  const arcHeight = randRange(rng, 2, 4.5);
  const phrases = bodyBars / 2;
  /** @type {number[] | null} */
  let motif = null;
  let previous = pick(rng, [0, 2, 4]);

  /** @type {{ beat: number, beats: number, degree: number, bar: number }[]} */
  const notes = [];
  for (let p = 0; p < phrases; p++) {
    const type = ['A', "A'", 'B', "A''"][p % 4];
    const finalPhrase = p === phrases - 1;
    const rhythm = type === 'B' ? rhythmB : rhythmA;
    const firstBar = introBars + p * 2;
    /** @type {{ beat: number, beats: number, bar: number }[]} */
    const onsets = [];
    rhythm.forEach((cell, half) => {
      let pos = 0;
      for (const units of cell) {
        const beats = Math.abs(units) / 2;
        if (units > 0)
          onsets.push({ beat: (firstBar + half) * beatsPerBar + pos, beats, bar: firstBar + half });
        pos += beats;
      }
    });

    /** @type {number[]} */
    const degrees = [];
    const reuse = type !== 'A' && type !== 'B' && motif !== null && motif.length === onsets.length;
    onsets.forEach((onset, i) => {
      const chordDeg = ctx.chords[onset.bar];
      const tones = chordDegrees(chordDeg, false).map((d) => d % 7);
      const inBar = onset.beat - onset.bar * beatsPerBar;
      const strong = inBar === 0 || (beatsPerBar === 4 && inBar === 2) || onset.beats >= 2;
      const lastOfPhrase = i === onsets.length - 1;
      let degree;
      if (reuse && motif) {
        // Echo the hook: same shape, shifted so it fits the chord it now sits on.
        const shift = type === "A''" ? 0 : nearestChordTone(motif[0], tones) - motif[0];
        degree = Math.min(MELODY_HIGH, Math.max(MELODY_LOW, motif[i] + shift));
        if (strong && !tones.includes(((degree % 7) + 7) % 7)) degree = nearestChordTone(degree, tones);
      } else {
        const progress = onsets.length > 1 ? i / (onsets.length - 1) : 0;
        const target = 1.5 + arcHeight * Math.sin(Math.PI * progress);
        degree = nextDegree(rng, previous, tones, strong, target);
      }
      if (lastOfPhrase) {
        if (finalPhrase) {
          // Leave the tune one step from home so the final bar resolves it.
          const leading = chordDeg === 4 ? [1, 4, 6] : tones;
          degree = nearestChordTone(degree, leading);
        } else {
          degree = nearestChordTone(degree, tones);
        }
      }
      degrees.push(degree);
      previous = degree;
    });
    if (type === 'A' && motif === null) motif = degrees;
    onsets.forEach((onset, i) => {
      notes.push({ ...onset, degree: degrees[i] });
    });
  }
  // Final bar: home.
  const finalBar = introBars + bodyBars;
  notes.push({
    beat: finalBar * beatsPerBar,
    beats: beatsPerBar,
    degree: previous > 3 ? 7 : 0,
    bar: finalBar,
  });

  for (const note of notes) {
    const chordDeg = ctx.chords[note.bar];
    const midi = tonic + degreeToSemitone(mode, note.degree, isRaisedDominant(mode, chordDeg));
    const t = beatToSeconds(note.beat) + jitter(0.01);
    const isFinal = note.bar === finalBar;
    const end = isFinal
      ? beatToSeconds(note.beat + note.beats) + 1.2
      : beatToSeconds(note.beat + note.beats) - 0.02;
    const inBar = note.beat - note.bar * beatsPerBar;
    events.push({
      time: t,
      dur: Math.max(0.08, end - t),
      midi,
      vel: humanVel(inBar === 0 ? 0.9 : 0.75),
      instrument: arrangement.lead,
      layer: 'lead',
    });
  }
}
