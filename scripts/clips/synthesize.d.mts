// Types for synthesize.mjs, so TypeScript tests can import it.

import type { Score, TrackIdentity } from './compose.mjs';

export const SAMPLE_RATE: number;
export function renderScore(score: Score, sampleRate: number): Float32Array;
export function synthesizeTrack(track: TrackIdentity, sampleRate?: number): Float32Array;
