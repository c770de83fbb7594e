import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { serveDeezer } from './support/catalog';
import { Deck } from './support/deck';

// Issue 14 end to end: an Exportify CSV of 25 songs (i14-parse's fixture, in Exportify's real columns) is
// matched to Deezer previews, reviewed, and made a tape that plays. Deezer is answered by route, in its
// real shapes: `/track/isrc:<ISRC>` gives the track object (or error 800, "no data"), `/search` gives
// `{ data: [track…], total }` (developers.deezer.com/api). iTunes is routed too and must not be asked.

const CSV = readFileSync('tests/fixtures/exports/exportify-25.csv');
const rows = Papa.parse<Record<string, string>>(CSV.toString('utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const songs = rows.map((row, i) => ({
  id: 800_000_001 + i,
  title: row['Track Name'] ?? '',
  artist: row['Artist Name(s)'] ?? '',
  album: row['Album Name'] ?? '',
  seconds: Math.round(Number(row['Track Duration (ms)']) / 1000),
  isrc: row.ISRC ?? '',
}));
/** The first 20 are found by ISRC, the next 4 by search; Deezer has nothing for the last. */
const BY_ISRC = 20;
const MISSING = songs.length - 1;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function deezerTrack(song: (typeof songs)[number]) {
  return {
    id: song.id,
    readable: true,
    title: song.title,
    isrc: song.isrc,
    link: `https://www.deezer.com/track/${song.id}`,
    duration: song.seconds,
    preview: `https://cdnt-preview.dzcdn.net/api/1/1/0/0/0/0/${song.id}.mp3`,
    artist: { id: song.id + 1, name: song.artist, type: 'artist' },
    album: {
      id: song.id + 2,
      title: song.album,
      cover_medium: 'https://cdn-images.dzcdn.net/images/cover/0/250x250-000000-80-0-0.jpg',
      type: 'album',
    },
    type: 'track',
  };
}

interface Served {
  /** Deezer API calls so far. */
  readonly calls: URL[];
  /** While set, API calls for songs from this index on are left unanswered. */
  holdFrom: number | null;
}

async function serveCatalogs(page: Page): Promise<Served> {
  const served: Served = { calls: [], holdFrom: null };
  await serveDeezer(page, {
    answer: (url) => {
      served.calls.push(url);
      const isrc = /^\/track\/isrc:(.+)$/.exec(url.pathname)?.[1];
      const q = url.searchParams.get('q') ?? '';
      const index = isrc
        ? songs.findIndex((s) => s.isrc === isrc)
        : // The query is the artist and title, normalised (a leading "The" dropped): the title ends it.
          songs.findIndex((s) => q.endsWith(words(s.title)));
      if (served.holdFrom !== null && index >= served.holdFrom) return null; // never answered: the page reloads
      return isrc
        ? index >= 0 && index < BY_ISRC
          ? deezerTrack(songs[index] as (typeof songs)[number])
          : { error: { type: 'DataException', message: 'no data', code: 800 } }
        : index >= 0 && index !== MISSING
          ? { data: [deezerTrack(songs[index] as (typeof songs)[number])], total: 1 }
          : { data: [], total: 0 };
    },
  });
  await page.route('https://itunes.apple.com/**', (route) => route.fulfill({ status: 500, body: '' }));
  return served;
}

const importCsv = (page: Page) =>
  page
    .getByLabel('Import playlist')
    .setInputFiles({ name: 'Road Trip.csv', mimeType: 'text/csv', buffer: CSV });

const review = (page: Page) => page.getByRole('region', { name: /^Match “/ });

test('an Exportify CSV of 25 songs is matched, reviewed, and becomes a tape that plays (issue 14)', async ({
  page,
}) => {
  await serveCatalogs(page);
  const deck = await Deck.open(page);
  await importCsv(page);
  const panel = review(page);
  await expect(panel.getByRole('progressbar', { name: 'Songs looked up' })).toHaveAttribute(
    'aria-valuemax',
    '25',
  );
  await expect(panel.getByRole('status')).toHaveText('25 of 25 looked up.');
  const list = panel.getByRole('list', { name: 'Songs to match' }).getByRole('listitem');
  await expect(list).toHaveCount(25);
  await expect(list.nth(0)).toContainText('Same recording (found by its ISRC).');
  await expect(list.nth(BY_ISRC)).toContainText('Confident match.');
  await expect(list.nth(MISSING)).toContainText('No match: nothing found in the Deezer catalog.');

  await panel.getByRole('button', { name: 'Use all confident matches (24)' }).click();
  await panel.getByRole('button', { name: 'Make tape' }).click();
  await expect(panel).toHaveCount(0);
  await expect(deck.rows).toHaveCount(25);
  expect(await deck.titles()).toEqual(songs.map((s) => s.title));
  await expect(deck.rows.nth(MISSING)).toContainText('awaiting a preview');

  await page
    .getByRole('region', { name: 'Tape deck' })
    .getByRole('button', { name: 'Play', exact: true })
    .click();
  await deck.expectPlaying(/cdnt-preview\.dzcdn\.net\/.*800000001\.mp3/);
});

test('a reload midway offers to resume, and resuming asks only about the songs left (issue 14.3)', async ({
  page,
}) => {
  const served = await serveCatalogs(page);
  await Deck.open(page);
  served.holdFrom = 10;
  await importCsv(page);
  const bar = review(page).getByRole('progressbar', { name: 'Songs looked up' });
  await expect(bar).toHaveAttribute('aria-valuenow', '10');

  served.holdFrom = null;
  await page.reload();
  const panel = review(page);
  await expect(panel.getByRole('status')).toHaveText('10 of 25 · paused.');
  const before = served.calls.length;
  await panel.getByRole('button', { name: 'Resume matching' }).click();
  await expect(panel.getByRole('status')).toHaveText('25 of 25 looked up.');
  // The ten already matched were not asked about again.
  const asked = served.calls.slice(before).map((u) => decodeURIComponent(u.pathname));
  expect(asked.filter((p) => songs.slice(0, 10).some((s) => p === `/track/isrc:${s.isrc}`))).toEqual([]);
});

test('the song Deezer lacks is looked up in iTunes on request, and the tape holds songs from both', async ({
  page,
}) => {
  await serveCatalogs(page);
  const lacking = songs[MISSING] as (typeof songs)[number];
  // iTunes has it: its search answers in the Search API's documented shape (JSON with CORS, or JSONP).
  const itunesTerms: string[] = [];
  await page.route('https://itunes.apple.com/search**', (route) => {
    const url = new URL(route.request().url());
    itunesTerms.push(url.searchParams.get('term') ?? '');
    const result = {
      wrapperType: 'track',
      kind: 'song',
      trackId: 1_700_000_001,
      artistName: lacking.artist,
      collectionName: lacking.album,
      trackName: lacking.title,
      trackViewUrl: 'https://music.apple.com/us/album/1700000000?i=1700000001&uo=4',
      previewUrl: 'https://audio-ssl.itunes.apple.com/itunes-assets/AudioPreview/1700000001.plus.aac.p.m4a',
      artworkUrl100: 'https://is1-ssl.mzstatic.com/image/thumb/Music/1700000000/100x100bb.jpg',
      trackTimeMillis: lacking.seconds * 1000,
    };
    const json = JSON.stringify({ resultCount: 1, results: [result] });
    const callback = url.searchParams.get('callback');
    return callback
      ? route.fulfill({ status: 200, contentType: 'text/javascript', body: `${callback}(${json});` })
      : route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': '*' },
          body: json,
        });
  });
  await page.route('https://audio-ssl.itunes.apple.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'audio/mpeg', body: readFileSync('public/clips/j02.mp3') }),
  );
  const deck = await Deck.open(page);
  await importCsv(page);
  const panel = review(page);
  await expect(panel.getByRole('status')).toHaveText('25 of 25 looked up.');
  expect(itunesTerms).toEqual([]);

  await panel.getByRole('button', { name: 'Look up the 1 song without a match in iTunes' }).click();
  await expect(panel.getByRole('status')).toHaveText('25 of 25 looked up.');
  const list = panel.getByRole('list', { name: 'Songs to match' }).getByRole('listitem');
  await expect(list.nth(MISSING)).toContainText('Confident match.');
  // Only the song Deezer lacked was asked about in iTunes.
  expect(itunesTerms).toHaveLength(1);
  await expect(panel.getByRole('button', { name: /without a match in/ })).toHaveCount(0);

  await panel.getByRole('button', { name: 'Use all confident matches (25)' }).click();
  await panel.getByRole('button', { name: 'Make tape' }).click();
  await expect(deck.rows).toHaveCount(25);
  await expect(deck.rows.nth(MISSING)).not.toContainText('awaiting a preview');
  await deck.rows.nth(MISSING).locator('.track-play').click();
  await deck.expectPlaying(/audio-ssl\.itunes\.apple\.com\/.*1700000001/);
});
