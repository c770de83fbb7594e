// `npm run clips`: writes one original lo-fi clip per track of the default
// tape to public/clips/<id>.mp3 and records what was written in
// src/data/clips.generated.json. Deterministic: same inputs, same bytes.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeTrack } from './compose.mjs';
import { encodeMp3 } from './encode.mjs';
import { parseMp3Duration } from './mp3-duration.mjs';
import { SAMPLE_RATE, synthesizeTrack } from './synthesize.mjs';

/** 40 kbps mono at 22.05 kHz ≈ 5 kB/s: a 26 s clip stays near 130 kB. */
export const BITRATE_KBPS = 40;
/** Hard cap per file, so the app's bundle of clips stays small. */
export const MAX_BYTES = 150 * 1024;
export const MIN_SECONDS = 15;
export const MAX_SECONDS = 30;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TAPE = join(ROOT, 'src', 'data', 'juno.json');
const CLIPS_DIR = join(ROOT, 'public', 'clips');
const MANIFEST = join(ROOT, 'src', 'data', 'clips.generated.json');

/**
 * @typedef {object} ClipEntry
 * @property {string} file path under public/, as the app fetches it
 * @property {number} seconds duration parsed back from the MP3 itself
 * @property {number} bytes
 * @property {string} key
 * @property {number} bpm
 * @property {string} voice
 */

function main() {
  const started = performance.now();
  /** @type {{ tracks: { id: string, artist: string, title: string }[] }} */
  const tape = JSON.parse(readFileSync(TAPE, 'utf8'));
  mkdirSync(CLIPS_DIR, { recursive: true });

  /** @type {Record<string, ClipEntry>} */
  const manifest = {};
  const tracks = [...tape.tracks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const track of tracks) {
    const score = composeTrack(track);
    const mp3 = encodeMp3(synthesizeTrack(track, SAMPLE_RATE), SAMPLE_RATE, BITRATE_KBPS);
    const seconds = Math.round(parseMp3Duration(mp3) * 1000) / 1000;
    if (mp3.length > MAX_BYTES)
      throw new Error(`${track.id}: ${mp3.length} bytes is over the ${MAX_BYTES} cap`);
    if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
      throw new Error(`${track.id}: ${seconds} s is outside ${MIN_SECONDS}–${MAX_SECONDS} s`);
    }
    writeFileSync(join(CLIPS_DIR, `${track.id}.mp3`), mp3);
    manifest[track.id] = {
      file: `clips/${track.id}.mp3`,
      seconds,
      bytes: mp3.length,
      key: score.key,
      bpm: score.bpm,
      voice: score.voice,
    };
  }
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  printSummary(manifest, performance.now() - started);
}

/** @param {Record<string, ClipEntry>} manifest @param {number} elapsedMs */
function printSummary(manifest, elapsedMs) {
  const rows = Object.entries(manifest).map(([id, c]) => [
    id,
    c.seconds.toFixed(3),
    (c.bytes / 1024).toFixed(1),
    c.key,
    String(c.bpm),
    c.voice,
  ]);
  const header = ['id', 'seconds', 'KB', 'key', 'bpm', 'voice'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header).trimEnd());
  console.log(line(widths.map((w) => '-'.repeat(w))).trimEnd());
  for (const row of rows) console.log(line(row).trimEnd());
  const entries = Object.values(manifest);
  const totalKb = entries.reduce((n, c) => n + c.bytes, 0) / 1024;
  const maxKb = Math.max(...entries.map((c) => c.bytes)) / 1024;
  console.log(
    `\n${entries.length} clips, ${totalKb.toFixed(1)} KB total, largest ${maxKb.toFixed(1)} KB, ` +
      `${SAMPLE_RATE} Hz mono ${BITRATE_KBPS} kbps, in ${(elapsedMs / 1000).toFixed(1)} s`,
  );
}

main();
