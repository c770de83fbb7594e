// Types for compose.mjs, so TypeScript tests can import it.

export type Mode = 'major' | 'minor';
export type Layer = 'lead' | 'harmony' | 'bass' | 'drums';

export interface TrackIdentity {
  id: string;
  artist: string;
  title: string;
}

export interface NoteEvent {
  time: number;
  dur: number;
  midi: number;
  vel: number;
  instrument: string;
  layer: Layer;
}

export interface Arrangement {
  lead: string;
  harmony: string;
  comps: string[];
  leadTonic: [number, number];
  compRange: [number, number];
  compSize: number;
  drums: number;
  gains: Record<Layer, number>;
}

export interface Score {
  id: string;
  seed: number;
  /** e.g. "D major" */
  key: string;
  keyRoot: number;
  mode: Mode;
  bpm: number;
  beatsPerBar: 3 | 4;
  swing: number;
  /** human phrase for the main timbre, e.g. "nylon guitar" */
  voice: string;
  comp: string;
  progression: number[];
  sevenths: boolean;
  drums: boolean;
  bars: number;
  seconds: number;
  events: NoteEvent[];
}

export const ARRANGEMENTS: Record<string, Arrangement>;
export function composeTrack(track: TrackIdentity): Score;
