// Writes the catalog fixtures that matching is tested and benched against (run: npx tsx
// scripts/bench/matchFixtures.ts). Every answer is in the catalog's real response layout:
//   Deezer /search   -> { data: [track…], total, next? }  (developers.deezer.com/api/search, track object)
//   Deezer /track/isrc:<ISRC> -> one track object, or { error: { type, message, code: 800 } } when unknown
//   iTunes /search   -> { resultCount, results: [{ wrapperType: 'track', kind: 'song', trackId, … }] }
//                       (Apple's iTunes Search API documentation, "Understanding Search Results")
// The songs are invented (no real artist's catalog is copied); the near-misses are the ones real exports
// hit: Spotify's " - Remastered 2011", "(feat. X)", live versions listed first, artists in another order,
// another artist's song of the same name, and a length that tells two takes apart.
import { writeFileSync } from 'node:fs';
import { matchQuery } from '../../src/catalog/songScore';

interface Candidate {
  readonly id: number;
  readonly title: string;
  readonly artist: string;
  readonly album: string;
  readonly seconds: number;
}
interface Labelled {
  readonly entry: { title: string; artist: string; seconds?: number; isrc?: string };
  /** Deezer id of the right recording, or null when the catalog does not have the song. */
  readonly expect: number | null;
  readonly candidates: readonly Candidate[];
  /** What a search alone should find, where that differs from `expect` (an ISRC-only hit). */
  readonly bySearch?: number;
  /** The recording the ISRC names, if Deezer knows it. */
  readonly isrcHit?: number;
}

const ARTISTS = [
  'Marigold Avenue',
  'The Overnight Club',
  'Ada Finch',
  'Juniper Hale',
  'Sable Kite',
  'Otis Lindqvist',
  'Pilar Montes',
  'Noor Haddad',
  'Fen Ashby',
  'Cassie Dunmore',
];
const TITLES = [
  'Paper Lanterns',
  'Sleeper Car',
  'Quarry Lake',
  'Copper Wire Heart',
  'Neon Orchard',
  'Brass Moon',
  'Glasshouse',
  'Kite Season',
  'Lighthouse Keeper',
  'Midnight Laundromat',
];

let nextId = 900_000_001;
const cand = (title: string, artist: string, seconds: number, album = 'Singles'): Candidate => ({
  id: nextId++,
  title,
  artist,
  album,
  seconds,
});

/** Six awkward cases for each invented song: 60 labelled entries. */
function labelled(): Labelled[] {
  const out: Labelled[] = [];
  TITLES.forEach((title, i) => {
    const artist = ARTISTS[i] ?? 'Nobody';
    const other = ARTISTS[(i + 3) % ARTISTS.length] ?? 'Nobody';
    const seconds = 180 + i * 7;
    // 1. A live version the catalog ranks first must not beat the studio one.
    const live = cand(`${title} (Live at the Roundhouse)`, artist, seconds + 40, 'Live');
    const studio = cand(title, artist, seconds, 'Studio');
    out.push({ entry: { title, artist, seconds }, expect: studio.id, candidates: [live, studio] });
    // 2. Spotify's " - Remastered 2011" against the catalog's "(Remastered 2011)", beside a cover.
    const remaster = cand(`${title} (Remastered 2011)`, artist, seconds, 'Remasters');
    const cover = cand(title, other, seconds + 3, 'Covers');
    out.push({
      entry: { title: `${title} - Remastered 2011`, artist, seconds },
      expect: remaster.id,
      candidates: [cover, remaster],
    });
    // 3. Exportify's "A, B" against the catalog's "Title (feat. B)" by A.
    const feat = cand(`${title} (feat. ${other})`, artist, seconds, 'Duets');
    out.push({
      entry: { title, artist: `${artist}, ${other}`, seconds },
      expect: feat.id,
      candidates: [cand(`${title} Reprise`, artist, 60), feat],
    });
    // 4. Artists in the other order, "B & A"; two takes of equal score told apart by length.
    const again = `${title} Again`;
    const radio = cand(again, `${other} & ${artist}`, seconds + 30, 'Extended');
    const album = cand(again, `${other} & ${artist}`, seconds, 'Album');
    out.push({
      entry: { title: again, artist: `${artist}, ${other}`, seconds },
      expect: album.id,
      candidates: [radio, album],
    });
    // 5. Found by ISRC, whatever the search would say.
    const byIsrc = cand(title, artist, seconds, 'By ISRC');
    out.push({
      entry: { title, artist, seconds, isrc: `GBXYZ24${String(i).padStart(5, '0')}` },
      expect: byIsrc.id,
      // A catalog without ISRC lookups searches, and finds the studio recording of case 1.
      bySearch: studio.id,
      candidates: [],
      isrcHit: byIsrc.id,
    });
    // 6. Not in the catalog: only someone else's song of the same name, and an unrelated one.
    out.push({
      entry: { title: `${title} Blues`, artist: `${artist} Trio` },
      expect: null,
      candidates: [cand(`${title} Blues`, other, 200), cand('Something Else', `${artist} Trio`, 210)],
    });
  });
  return out;
}

const COVER =
  'https://e-cdns-images.dzcdn.net/images/cover/2f4d7c1e9b0a3c5d6e7f8a9b0c1d2e3f/250x250-000000-80-0-0.jpg';
/** Served by the e2e tests' route from a real clip; the unit tests never fetch it. */
export const PREVIEW = 'https://cdnt-preview.dzcdn.net/api/1/1/0/0/0/0/fixture.mp3';

function deezerTrack(c: Candidate, isrc?: string) {
  return {
    id: c.id,
    readable: true,
    title: c.title,
    title_short: c.title.replace(/\s*\(.*\)$/, ''),
    title_version: /\((.*)\)$/.exec(c.title)?.[1] ?? '',
    ...(isrc ? { isrc } : {}),
    link: `https://www.deezer.com/track/${c.id}`,
    duration: c.seconds,
    rank: 500000,
    explicit_lyrics: false,
    preview: `${PREVIEW}?id=${c.id}`,
    md5_image: '2f4d7c1e9b0a3c5d6e7f8a9b0c1d2e3f',
    artist: {
      id: 1000 + (c.id % 997),
      name: c.artist,
      link: `https://www.deezer.com/artist/${1000 + (c.id % 997)}`,
      type: 'artist',
    },
    album: { id: 3000 + (c.id % 991), title: c.album, cover_medium: COVER, type: 'album' },
    type: 'track',
  };
}

function itunesSong(c: Candidate) {
  return {
    wrapperType: 'track',
    kind: 'song',
    artistId: 2_000_000 + (c.id % 997),
    collectionId: 3_000_000 + (c.id % 991),
    trackId: c.id,
    artistName: c.artist,
    collectionName: c.album,
    trackName: c.title,
    trackViewUrl: `https://music.apple.com/us/album/x/${3_000_000 + (c.id % 991)}?i=${c.id}&uo=4`,
    previewUrl: `https://audio-ssl.itunes.apple.com/itunes-assets/AudioPreview/fixture-${c.id}.plus.aac.p.m4a`,
    artworkUrl100: 'https://is1-ssl.mzstatic.com/image/thumb/Music/v4/fixture/100x100bb.jpg',
    trackTimeMillis: c.seconds * 1000,
    country: 'USA',
    currency: 'USD',
    primaryGenreName: 'Pop',
    isStreamable: true,
  };
}

const NOT_FOUND = { error: { type: 'DataException', message: 'no data', code: 800 } };

const set = labelled();
const deezer = { search: {} as Record<string, unknown>, isrc: {} as Record<string, unknown> };
const itunes: Record<string, unknown> = {};
const byQuery = new Map<string, Candidate[]>();
for (const item of set) {
  const query = matchQuery(item.entry);
  // A search answers with every version it has: entries whose queries agree share one answer.
  const all = [...(byQuery.get(query) ?? []), ...item.candidates];
  byQuery.set(query, all);
  const data = all.map((c) => deezerTrack(c));
  deezer.search[query] = { data, total: data.length };
  itunes[query] = { resultCount: data.length, results: all.map(itunesSong) };
  if (item.entry.isrc) {
    const hit = item.isrcHit
      ? {
          id: item.isrcHit,
          title: item.entry.title,
          artist: item.entry.artist,
          album: 'By ISRC',
          seconds: item.entry.seconds ?? 200,
        }
      : null;
    deezer.isrc[item.entry.isrc] = hit ? deezerTrack(hit, item.entry.isrc) : NOT_FOUND;
  }
}
const labels = set.map(({ entry, expect, bySearch }) => ({ entry, expect, bySearch: bySearch ?? expect }));
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync('tests/fixtures/catalog/match-labelled.json', json(labels));
writeFileSync('tests/fixtures/catalog/deezer-match-answers.json', json(deezer));
writeFileSync('tests/fixtures/catalog/itunes-match-answers.json', json(itunes));
console.log(`${labels.length} labelled entries written`);
