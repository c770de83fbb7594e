// @vitest-environment node
/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composeTrack } from '../../scripts/clips/compose.mjs';
import { encodeMp3 } from '../../scripts/clips/encode.mjs';
import { parseMp3Duration, parseMp3Frames, readFrameHeader } from '../../scripts/clips/mp3-duration.mjs';
import { SAMPLE_RATE, synthesizeTrack } from '../../scripts/clips/synthesize.mjs';

interface ClipEntry {
  file: string;
  seconds: number;
  bytes: number;
  key: string;
  bpm: number;
  voice: string;
}
interface Track {
  id: string;
  artist: string;
  title: string;
  albumSeconds: number;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAX_BYTES = 153_600;
const tape = JSON.parse(readFileSync(join(ROOT, 'src/data/juno.json'), 'utf8')) as { tracks: Track[] };
const manifestText = readFileSync(join(ROOT, 'src/data/clips.generated.json'), 'utf8');
const manifest = JSON.parse(manifestText) as Record<string, ClipEntry>;

function entryFor(id: string): ClipEntry {
  const entry = manifest[id];
  if (!entry) throw new Error(`clips.generated.json has no entry for ${id}`);
  return entry;
}

function clipBytes(id: string): Uint8Array {
  return new Uint8Array(readFileSync(join(ROOT, 'public', entryFor(id).file)));
}

function trackById(id: string): Track {
  const track = tape.tracks.find((t) => t.id === id);
  if (!track) throw new Error(`juno.json has no track ${id}`);
  return track;
}

/** MPEG-1 Layer III, 128 kbps, 44.1 kHz, mono, no CRC: 417-byte frames of 1152 samples. */
function handBuiltFrame(): Uint8Array {
  const frame = new Uint8Array(417);
  frame.set([0xff, 0xfb, 0x90, 0xc4]);
  return frame;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

describe('generated clips on disk', () => {
  it('has exactly one manifest entry and one mp3 per track of the tape', () => {
    const ids = tape.tracks.map((t) => t.id).sort();
    expect(ids).toHaveLength(19);
    expect(Object.keys(manifest)).toEqual(ids);
    for (const id of ids) {
      expect(entryFor(id).file).toBe(`clips/${id}.mp3`);
      expect(existsSync(join(ROOT, 'public', 'clips', `${id}.mp3`))).toBe(true);
    }
  });

  it('writes the manifest sorted, 2-space indented, with a trailing newline', () => {
    expect(manifestText).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    const keys = Object.keys(manifest);
    expect(keys).toEqual([...keys].sort());
  });

  it.each(tape.tracks.map((t) => t.id))('%s: size and duration match the manifest and the limits', (id) => {
    const entry = entryFor(id);
    const bytes = clipBytes(id);
    expect(bytes.length).toBe(entry.bytes);
    expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES);
    const seconds = Math.round(parseMp3Duration(bytes) * 1000) / 1000;
    expect(seconds).toBe(entry.seconds);
    expect(seconds).toBeGreaterThanOrEqual(15);
    expect(seconds).toBeLessThanOrEqual(30);
    const info = parseMp3Frames(bytes);
    expect(info.sampleRate).toBe(SAMPLE_RATE);
  });

  it('records the key, tempo and voice the composer derives for each track', () => {
    for (const track of tape.tracks) {
      const score = composeTrack(track);
      const entry = entryFor(track.id);
      expect({ key: entry.key, bpm: entry.bpm, voice: entry.voice }).toEqual({
        key: score.key,
        bpm: score.bpm,
        voice: score.voice,
      });
      expect(entry.key).toMatch(/^[A-G][b#]? (major|minor)$/);
      expect(Number.isInteger(entry.bpm)).toBe(true);
    }
  });

  it('gives the tape variety: at least 5 voices and 8 keys across the tracks', () => {
    const entries = Object.values(manifest);
    expect(new Set(entries.map((e) => e.voice)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(entries.map((e) => e.key)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(entries.map((e) => e.bpm)).size).toBeGreaterThanOrEqual(8);
  });
});

describe('synthesizeTrack', () => {
  const first = trackById('j01');
  const second = trackById('j02');

  it('is deterministic: the same track renders to identical samples', () => {
    const a = synthesizeTrack(first);
    const b = synthesizeTrack(first);
    expect(a.length).toBe(b.length);
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
  });

  it('renders the composed length, peaking at -2 dBFS (headroom for MP3 overshoot)', () => {
    const samples = synthesizeTrack(second);
    expect(samples.length).toBe(Math.round(composeTrack(second).seconds * SAMPLE_RATE));
    let peak = 0;
    let nonFinite = 0;
    for (const x of samples) {
      if (!Number.isFinite(x)) nonFinite++;
      peak = Math.max(peak, Math.abs(x));
    }
    expect(nonFinite).toBe(0);
    expect(20 * Math.log10(peak)).toBeCloseTo(-2, 1);
    // Starts and ends at silence thanks to the fades.
    expect(Math.abs(samples[0] ?? 1)).toBeLessThan(1e-3);
    expect(Math.abs(samples[samples.length - 1] ?? 1)).toBeLessThan(1e-3);
  });

  it('makes different tracks sound different', () => {
    const a = synthesizeTrack(first);
    const b = synthesizeTrack(second);
    const n = Math.min(a.length, b.length);
    let diff = 0;
    for (let i = 0; i < n; i++) diff += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
    expect(diff / n).toBeGreaterThan(0.01);
    const scoreA = composeTrack(first);
    const scoreB = composeTrack(second);
    expect(`${scoreA.key}/${scoreA.bpm}/${scoreA.voice}`).not.toBe(
      `${scoreB.key}/${scoreB.bpm}/${scoreB.voice}`,
    );
  });

  it('lets Kimya Dawson and Antsy Pants tracks lean on strummed strings', () => {
    const strummers = tape.tracks.filter((t) => /kimya dawson|antsy pants/i.test(t.artist));
    expect(strummers.length).toBeGreaterThan(0);
    for (const track of strummers) {
      expect(['ukulele', 'nylon guitar', 'steel-string guitar']).toContain(composeTrack(track).voice);
    }
  });
});

describe('parseMp3Duration', () => {
  it('returns 0 for empty, silent or text buffers without throwing', () => {
    expect(parseMp3Duration(new Uint8Array(0))).toBe(0);
    expect(parseMp3Duration(new Uint8Array(4096))).toBe(0);
    expect(parseMp3Duration(new TextEncoder().encode('not an mp3 at all '.repeat(200)))).toBe(0);
    expect(parseMp3Duration(new Uint8Array([0xff, 0xfb, 0x90]))).toBe(0);
    expect(parseMp3Duration(new Uint8Array(64).fill(0xff))).toBe(0);
  });

  it('reads a frame header', () => {
    expect(readFrameHeader(new Uint8Array([0xff, 0xf3, 0x50, 0xc4]), 0)).toEqual({
      versionBits: 2,
      layer: 3,
      sampleRate: 22050,
      samples: 576,
      length: 130,
      mono: true,
      crc: false,
    });
    expect(readFrameHeader(new Uint8Array([0xff, 0xfb, 0x00, 0xc4]), 0)).toBeNull();
  });

  it('counts hand-built frames, skipping an ID3v2 tag, a Xing frame and trailing garbage', () => {
    const frame = handBuiltFrame();
    const three = concat(frame, frame, frame);
    expect(parseMp3Duration(three)).toBeCloseTo((3 * 1152) / 44100, 9);
    expect(parseMp3Duration(three.buffer as ArrayBuffer)).toBeCloseTo((3 * 1152) / 44100, 9);

    const id3 = new Uint8Array(10 + 20);
    id3.set([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 20]);
    const xing = handBuiltFrame();
    xing.set(new TextEncoder().encode('Xing'), 4 + 17);
    const tagv1 = new TextEncoder().encode(`TAG${' '.repeat(125)}`);
    const withTags = concat(id3, xing, three, tagv1);
    expect(parseMp3Frames(withTags).frames).toBe(3);
    expect(parseMp3Duration(withTags)).toBeCloseTo((3 * 1152) / 44100, 9);
  });

  it('ignores a frame cut short at the end of the buffer', () => {
    const frame = handBuiltFrame();
    const cut = concat(frame, frame, frame.subarray(0, 200));
    expect(parseMp3Frames(cut).frames).toBe(2);
  });

  it('measures what lamejs wrote: input length plus encoder delay and padding, under one extra frame', () => {
    const input = new Float32Array(SAMPLE_RATE); // one second
    for (let i = 0; i < input.length; i++) input[i] = 0.3 * Math.sin((2 * Math.PI * 440 * i) / SAMPLE_RATE);
    const mp3 = encodeMp3(input, SAMPLE_RATE, 40);
    const info = parseMp3Frames(mp3);
    expect(info.sampleRate).toBe(SAMPLE_RATE);
    expect(info.samples).toBe(info.frames * 576);
    expect(info.seconds).toBeGreaterThan(1);
    expect(info.seconds).toBeLessThan(1 + (2 * 1152) / SAMPLE_RATE);

    const truncated = parseMp3Frames(mp3.subarray(0, Math.floor(mp3.length / 2)));
    expect(truncated.frames).toBeGreaterThan(0);
    expect(truncated.frames).toBeLessThan(info.frames);
  });

  it('drops exactly the last frame of a real clip when its final byte is missing', () => {
    const bytes = clipBytes('j01');
    const full = parseMp3Frames(bytes);
    const short = parseMp3Frames(bytes.subarray(0, bytes.length - 1));
    expect(short.frames).toBe(full.frames - 1);
  });
});
