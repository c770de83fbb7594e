// Share-link figures: link lengths and codec timings. Prints, asserts nothing.
// Run: npx tsx scripts/bench/share.ts
import { junoTape } from '../../src/data/junoTape';
import type { Tape } from '../../src/model/tape';
import type { Track } from '../../src/model/track';
import { decodeTape, encodeTape } from '../../src/share/codec';
import { fiftyItunesTracksTape } from '../../tests/support/catalogTape';
import { giftedJunoTape } from '../../tests/support/giftTape';
import { medianMs } from './median';

/** Deterministic, so two runs measure the same tape. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

const random = rng(2007);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
const words = [
  'Summer',
  'Night',
  'Drive',
  'Blue',
  'Heart',
  'Paper',
  'Moon',
  'Lights',
  'River',
  'Golden',
  'Song',
  'Home',
];
const names = [
  'The Weekend Club',
  'Nora Lind',
  'Quiet Harbour',
  'Los Amigos',
  'Mira & the Owls',
  'June Tanaka',
];
const slug = (text: string) => text.toLowerCase().replace(/\W+/g, '-');

// Preview addresses of about 100 characters on four hosts, shaped like the real services'.
const urlMakers: readonly ((title: string) => string)[] = [
  () =>
    `https://audio-ssl.itunes.apple.com/itunes-assets/AudioPreview126/v4/${hex(2)}/${hex(2)}/mzaf_${hex(16)}.plus.aac.p.m4a`,
  () => `https://p.scdn.co/mp3-preview/${hex(40)}?cid=774b29d4f13844c495f206cafdad9c86`,
  () => `https://cdns-preview-${hex(1)}.dzcdn.net/stream/c-${hex(32)}-8.mp3?from=mixtape-share`,
  (title) =>
    `https://archive.org/download/mixtape-radio-sessions-2019/${String(Math.floor(random() * 40)).padStart(2, '0')}-${slug(title)}.mp3`,
];

function customTrack(n: number): Track {
  const title = `${pick(words)} ${pick(words)}`;
  const previewUrl = pick(urlMakers)(title);
  const catalog = random() < 0.5;
  return {
    id: `e${n}`,
    songId: catalog ? `itunes:${Math.floor(random() * 1e9)}` : `url:${previewUrl}`,
    title,
    artist: pick(names),
    ...(catalog ? { album: `${pick(words)} ${pick(words)} (Deluxe)` } : {}),
    previewUrl,
    format: previewUrl.includes('.m4a') ? 'm4a' : 'mp3',
    // What an <audio> element reports: not a round number.
    clipSeconds: 29 + random(),
    ...(catalog ? { fullSeconds: 150 + Math.floor(random() * 150) } : {}),
    source: catalog ? 'catalog' : 'url',
  };
}

const juno = junoTape();
const reordered: Tape = { ...juno, tracks: [...juno.tracks].reverse() };
const custom: Tape = {
  id: 'bench',
  title: 'Songs for the long drive north',
  tracks: Array.from({ length: 50 }, (_, i) => customTrack(i + 1)),
  sideBStart: 25,
  colors: { shell: '#1d3557', label: '#f1faee' },
  length: 'C90',
  linerNotes: 'Made for the trip in August. Side B is for after midnight.',
};

// Issue 5's yardstick, the same tape the length test in shareCatalogRefs.test.ts holds to 800 characters.
const catalog = fiftyItunesTracksTape();

console.log('Share links (#payload characters)');
for (const [label, tape] of [
  ['Juno tape reordered (goal ≤ 64)', reordered],
  ['50 custom tracks, half from iTunes', custom],
  ['50 iTunes tracks (goal ≤ 800)', catalog],
  // Issue 15's budget, held by shareGift.test.ts: a 200-character message and a 60-character note per song.
  ['Juno as a gift (goal ≤ 1,800)', giftedJunoTape()],
] as const) {
  const { payload } = encodeTape(tape);
  const link = payload.length + 1;
  const json = JSON.stringify(tape).length;
  const check = decodeTape(payload).ok ? 'decodes' : 'DOES NOT DECODE';
  console.log(
    `  ${label.padEnd(34)} ${String(link).padStart(6)} chars   JSON ${String(json).padStart(6)} chars   ratio ${(link / json).toFixed(3)}   ${check}`,
  );
}

console.log('\nMedian times over 200 runs');
for (const [label, tape] of [
  ['Juno tape reordered', reordered],
  ['50 custom tracks', custom],
  ['50 iTunes tracks', catalog],
] as const) {
  const { payload } = encodeTape(tape);
  const enc = medianMs(200, () => encodeTape(tape));
  const dec = medianMs(200, () => decodeTape(payload));
  console.log(`  ${label.padEnd(22)} encode ${enc.toFixed(3)} ms   decode ${dec.toFixed(3)} ms`);
}
