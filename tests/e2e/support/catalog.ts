import { readFileSync } from 'node:fs';
import type { Page, Request, Route } from '@playwright/test';

interface ItunesSong {
  trackId: number;
  trackName: string;
  artistName: string;
  [field: string]: unknown;
}

const fixture = (name: string): { results: ItunesSong[] } =>
  JSON.parse(readFileSync(`tests/fixtures/catalog/${name}`, 'utf8'));

// Hand-written in the shapes the iTunes Search API documents (this machine has no network); the
// Juno album's ids and addresses are made up.
const SEA_OF_LOVE = fixture('itunes-search-sea-of-love.json').results;
const JUNO_ALBUM = fixture('itunes-juno-album.json').results;
const EVERY_SONG = [...SEA_OF_LOVE, ...JUNO_ALBUM];

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/**
 * "Sea of Love" gets the answer recorded for it, music video and preview-less song included; other
 * terms get the songs whose artist and title hold every word, as the real search broadly behaves.
 */
function search(term: string): ItunesSong[] {
  const wanted = words(term);
  if (wanted.join(' ') === 'sea of love') return SEA_OF_LOVE;
  return EVERY_SONG.filter((song) => {
    const have = new Set(words(`${song.artistName} ${song.trackName}`));
    return wanted.every((w) => have.has(w));
  });
}

export interface CatalogServer {
  /** Every request the page made to the catalog's API, in order. */
  readonly calls: URL[];
  /** The calls answered so far (a slow answer comes after newer calls). */
  readonly answered: URL[];
  /** Search answers wait this long (ms) for terms matching the pattern, to race a newer query. */
  slow(pattern: RegExp, ms: number): void;
  /** Answer every API call with this HTTP status instead (403/429 are how Apple says "too many"). */
  failWith(status: number | null): void;
  /** Fail fetches as a missing CORS header does (Apple's sometimes go missing): only JSONP gets through. */
  dropCors(on: boolean): void;
}

/**
 * Answers the iTunes API, its preview CDN and its artwork CDN from committed fixtures, so no test
 * touches the network. Previews are a stand-in MP3's bytes: no AAC encoder exists on these machines,
 * and the browser reads the real container whatever the address says.
 */
export async function serveCatalog(page: Page): Promise<CatalogServer> {
  const calls: URL[] = [];
  const answered: URL[] = [];
  const slow: Array<[RegExp, number]> = [];
  let failure: number | null = null;
  let noCors = false;
  const preview = readFileSync('public/clips/j01.mp3');
  const artwork = readFileSync('public/icon-192.png');

  const answer = async (route: Route, request: Request) => {
    const url = new URL(request.url());
    calls.push(url);
    const term = url.searchParams.get('term') ?? '';
    const delay = slow.find(([pattern]) => pattern.test(term))?.[1] ?? 0;
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    answered.push(url);
    if (failure !== null) return route.fulfill({ status: failure, body: '' }).catch(() => {});
    const results = url.pathname === '/lookup' ? lookup(url) : search(term);
    const json = JSON.stringify({ resultCount: results.length, results });
    const callback = url.searchParams.get('callback');
    if (callback) {
      return route
        .fulfill({ status: 200, contentType: 'text/javascript', body: `${callback}(${json});` })
        .catch(() => {});
    }
    // Playwright adds CORS headers to every answer it makes up, so a CORS failure is staged the way
    // the page sees one: fetch rejects with a TypeError.
    if (noCors) return route.abort('failed');
    const headers = { 'access-control-allow-origin': '*' };
    // A request the page aborted is gone by the time a slow answer is ready.
    return route
      .fulfill({ status: 200, contentType: 'application/json', headers, body: json })
      .catch(() => {});
  };

  await page.route('https://itunes.apple.com/**', answer);
  await page.route('https://audio-ssl.itunes.apple.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'audio/mpeg', body: preview }),
  );
  await page.route('https://*.mzstatic.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: artwork }),
  );
  return {
    calls,
    answered,
    slow: (pattern, ms) => slow.push([pattern, ms]),
    failWith: (status) => {
      failure = status;
    },
    dropCors: (on) => {
      noCors = on;
    },
  };
}

function lookup(url: URL): ItunesSong[] {
  const ids = (url.searchParams.get('id') ?? '').split(',');
  return EVERY_SONG.filter((song) => ids.includes(String(song.trackId)));
}

/** Deezer's `/track/<id>` answers, as in case r10 (tests/fixtures/real-world/r10-deezer-quota.json). */
const R10: { answers: Record<string, Record<string, unknown>> } = JSON.parse(
  readFileSync('tests/fixtures/real-world/r10-deezer-quota.json', 'utf8'),
);
/** Deezer's quota answer (error code 4, sent with HTTP 200), as the case recorded it. */
export const DEEZER_QUOTA = R10.answers['3135556003'];

/** A `/track/<id>` answer in the case's shape for an id it does not hold: "Song <id>" by The Band. */
function deezerTrack(id: string): Record<string, unknown> {
  const known = R10.answers[id];
  if (known && !('error' in known)) return known;
  return {
    ...R10.answers['3135556001'],
    id: Number(id),
    title: `Song ${id}`,
    link: `https://www.deezer.com/track/${id}`,
    artist: { id: 1, name: 'The Band' },
  };
}

export interface DeezerOptions {
  /**
   * The API's answer to a request, as the object Deezer sends (the server wraps it in the page's JSONP
   * callback), or null to leave the request unanswered. By default, case r10's `/track/<id>` answers,
   * with the quota error to held ids and beyond 50 requests in 5 s; a test's own answer replaces all that.
   */
  readonly answer?: (url: URL) => object | null;
}

export interface DeezerServer {
  /** The id of every `/track/<id>` request, with when it arrived (ms, the test's clock). */
  readonly requests: Array<{ id: string; at: number }>;
  /** Answer this id with the quota error until `release` is called. */
  hold(id: string): void;
  release(id: string): void;
}

/**
 * Answers Deezer's API over JSONP (the `callback` parameter), its preview CDN and its cover CDN, so no
 * test touches the network. Like Deezer, it answers the quota error to any request beyond 50 from the
 * page in 5 s, as well as to held ids, unless `options.answer` answers instead.
 */
export async function serveDeezer(page: Page, options: DeezerOptions = {}): Promise<DeezerServer> {
  const requests: Array<{ id: string; at: number }> = [];
  const held = new Set<string>();
  const preview = readFileSync('public/clips/j01.mp3');
  const artwork = readFileSync('public/icon-192.png');
  await page.route('https://api.deezer.com/**', (route, request) => {
    const url = new URL(request.url());
    const id = /^\/track\/(\d+)$/.exec(url.pathname)?.[1] ?? '';
    const at = Date.now();
    const recent = requests.filter((r) => r.at > at - 5_000).length;
    requests.push({ id, at });
    const body = options.answer
      ? options.answer(url)
      : recent >= 50 || held.has(id)
        ? DEEZER_QUOTA
        : deezerTrack(id);
    if (body === null) return; // never answered
    const callback = url.searchParams.get('callback') ?? 'callback';
    return route
      .fulfill({ status: 200, contentType: 'text/javascript', body: `${callback}(${JSON.stringify(body)});` })
      .catch(() => {});
  });
  await page.route('https://cdnt-preview.dzcdn.net/**', (route) =>
    route.fulfill({ status: 200, contentType: 'audio/mpeg', body: preview }),
  );
  await page.route('https://cdn-images.dzcdn.net/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: artwork }),
  );
  return {
    requests,
    hold: (id) => held.add(id),
    release: (id) => held.delete(id),
  };
}
