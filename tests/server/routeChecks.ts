// The card service's routes, checked the same way on every runtime it runs on: Node (cardService.test.ts)
// and workerd (cardServiceWorker.test.ts). Each runtime's test passes the way to ask it.
import { inflateSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { junoTape } from '../../src/data/junoTape';
import { encodeTape } from '../../src/share/codec';

export type Ask = (path: string, init?: RequestInit) => Promise<Response>;

/** The page every test host serves as the app's index.html: the real one's head, in small. */
export const TEST_INDEX_HTML =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8" />' +
  '<meta name="description" content="Mixtape: a cassette-style mixtape player." />' +
  '<title>Juno — Mixtape</title></head><body><div id="root"></div></body></html>';

const juno = junoTape();
const junoPayload = encodeTape(juno).payload;
const otherPayload = encodeTape({
  ...juno,
  title: 'Road trip',
  subtitle: 'for Mia',
  colors: { shell: '#1f4e5f', label: '#ffd6a5' },
  tracks: juno.tracks.slice(3, 9),
  sideBStart: 3,
}).payload;
const scriptPayload = encodeTape({ ...juno, title: '"><script>alert(1)</script>' }).payload;

/** Crawlers of the big chat apps, by the user agents they send (each app's documentation). */
const CRAWLERS = [
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
  'Twitterbot/1.0',
  'WhatsApp/2.23.20.0',
  'TelegramBot (like TwitterBot)',
  'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
];

function tag(html: string, name: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`).exec(html);
  return match?.[1];
}

/**
 * The width and height of a PNG after decoding it whole (ISO/IEC 15948: signature, IHDR, the IDAT
 * stream inflated to one filter byte and `width` RGBA pixels per row). Throws on anything else.
 */
export function decodePngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const [depth, colour] = [bytes[24], bytes[25]];
  const channels = colour === 6 ? 4 : colour === 2 ? 3 : Number.NaN;
  expect(depth).toBe(8);
  const parts: Uint8Array[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT') parts.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const pixels = inflateSync(Buffer.concat(parts));
  expect(pixels.length).toBe(height * (1 + width * channels));
  return { width, height };
}

/**
 * Registers the route tests against one runtime. `longUrlStatus`: the status a runtime answers a 200 KB
 * address with before the service sees it (workerd: 431, as Cloudflare's edge refuses addresses past
 * 16 KB), or 200 where the service itself answers it.
 */
export function checkRoutes(ask: () => Ask, { longUrlStatus = 200 } = {}): void {
  it.each(CRAWLERS)('a card link gives %s the tape’s og: and twitter: tags', async (agent) => {
    const response = await ask()(`/t/${junoPayload}`, { headers: { 'User-Agent': agent } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(tag(html, 'og:title')).toBe('Juno');
    expect(tag(html, 'og:description')).toMatch(/^19 songs · \d+ min · [^<>"]+, [^<>"]+ and more\.$/);
    expect(tag(html, 'og:image')).toMatch(new RegExp(`^https?://[^/]+/card/${junoPayload}\\.png$`));
    expect(tag(html, 'twitter:card')).toBe('summary_large_image');
    expect(tag(html, 'twitter:title')).toBe('Juno');
    expect(html).toContain('<div id="root"></div>');
  });

  it('names the dedication and the songs of another tape, and a trailing slash is the same link', async () => {
    const html = await (await ask()(`/t/${otherPayload}/`)).text();
    expect(tag(html, 'og:title')).toBe('Road trip');
    expect(tag(html, 'og:description')).toMatch(/^6 songs · .* — for Mia\.$/);
    expect(html).toContain('<title>Road trip — Mixtape</title>');
  });

  it('carries security headers and cache rules on pages and pictures', async () => {
    const page = await ask()(`/t/${junoPayload}`);
    expect(page.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('X-Frame-Options')).toBe('DENY');
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(page.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(page.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+/);
    const picture = await ask()(`/card/${junoPayload}.png`);
    expect(picture.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(picture.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(picture.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('draws a 1200×630 PNG that differs between two tapes', async () => {
    const [one, two] = await Promise.all(
      [junoPayload, otherPayload].map(async (payload) => {
        const response = await ask()(`/card/${payload}.png`);
        expect(response.status).toBe(200);
        expect(response.headers.get('Content-Type')).toBe('image/png');
        return new Uint8Array(await response.arrayBuffer());
      }),
    );
    expect(decodePngSize(one ?? new Uint8Array())).toEqual({ width: 1200, height: 630 });
    expect(decodePngSize(two ?? new Uint8Array())).toEqual({ width: 1200, height: 630 });
    expect(Buffer.compare(Buffer.from(one ?? []), Buffer.from(two ?? []))).not.toBe(0);
  });

  it('draws the words: two tapes that differ only in their title give two pictures', async () => {
    // The text is drawn by resvg from the font handed to it, not as outlines in the SVG: a runtime that
    // lost the font would draw both cards alike.
    const renamed = encodeTape({ ...juno, title: 'Juno, again' }).payload;
    const [one, two] = await Promise.all(
      [junoPayload, renamed].map(async (payload) => {
        const response = await ask()(`/card/${payload}.png`);
        return Buffer.from(await response.arrayBuffer());
      }),
    );
    expect(Buffer.compare(one ?? Buffer.alloc(0), two ?? Buffer.alloc(0))).not.toBe(0);
  });

  it('escapes a title with markup in it: the tags say it, nothing runs', async () => {
    const html = await (await ask()(`/t/${scriptPayload}`)).text();
    expect(tag(html, 'og:title')).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
  });

  const hostile: readonly (readonly [string, string])[] = [
    ['markup in the path', `%3Cscript%3Ealert(1)%3C%2Fscript%3E`],
    ['200 KB', `1${'A'.repeat(200 * 1024)}`],
    ['cut off', junoPayload.slice(0, 20)],
    ['a future version', `9${junoPayload.slice(1)}`],
    ['damaged', `${junoPayload.slice(0, -4)}AAAA`],
  ];
  it.each(hostile)('a payload %s gets the generic card and the app, status 200', async (_name, payload) => {
    const page = await ask()(`/t/${payload}`);
    const html = await page.text();
    expect(html).not.toContain(payload.slice(0, 40));
    if (payload.length > 100_000 && longUrlStatus !== 200) {
      expect(page.status).toBe(longUrlStatus);
      return;
    }
    expect(page.status).toBe(200);
    expect(tag(html, 'og:title')).toBe('Mixtape');
    expect(tag(html, 'og:image')).toMatch(/\/card\/mixtape\.png$/);
    expect(html).not.toContain('<script>alert');
    expect(page.headers.get('Cache-Control')).not.toContain('immutable');
    const picture = await ask()(`/card/${payload}.png`);
    expect(picture.status).toBe(200);
    expect(decodePngSize(new Uint8Array(await picture.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });
}
