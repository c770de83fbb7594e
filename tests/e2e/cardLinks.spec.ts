import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { test as base, expect } from '@playwright/test';
import { Deck } from './support/deck';

// A card link as a friend opens it: on the static preview (no card service: the app's fallback reads the
// path), and on the card service itself, which serves the same app with the card's tags in its head.
// A golden link of format 1 (tests/fixtures/share-links-v1.json): the Juno tape, reordered.
const payload = '1AF0KEwcCEwsBDgkDEgUMEAQKDQYRCA_Ieg';
const path = `/t/${payload}`;

/**
 * The card service as `npm start` runs it (server/node.ts under tsx), serving the dist/ that Playwright's
 * webServer built, on a port the system picks. A process of its own: the spec cannot import server/,
 * whose imports of src/ load JSON without the import attribute Node's loader under Playwright asks for.
 */
async function startCardService(): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn('node_modules/.bin/tsx', ['server/node.ts', 'dist'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let said = '';
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const port = /http:\/\/localhost:(\d+)\//.exec(said)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.once('exit', (code) => reject(new Error(`the card service stopped (${code}) before listening`)));
  });
  return { origin: await listening, child };
}

const test = base.extend<object, { cardService: string }>({
  cardService: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture asks for from its first parameter.
    async ({}, use) => {
      const { origin, child } = await startCardService();
      await use(origin);
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    },
    { scope: 'worker' },
  ],
});

/** Width and height from a PNG's IHDR chunk (ISO/IEC 15948 §11.2.2), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a card link opened on the static preview still opens the tape, playable', async ({ page }) => {
  const deck = await Deck.open(page, path);
  await expect(page.getByText('Shared with you. Play it as it is, or save it to your tapes.')).toBeVisible();
  expect((await deck.titles())[0]).toBe('Piazza, New York Catcher');
  await deck.button('Play').click();
  await deck.expectPlaying(/\.mp3$/, 0.3);
});

test.describe('on the card service', () => {
  test('a chat’s crawler gets the tape’s tags, and their picture is a 1200×630 PNG', async ({
    request,
    cardService,
  }) => {
    const answer = await request.get(`${cardService}${path}`, {
      headers: { 'User-Agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' },
    });
    expect(answer.status()).toBe(200);
    const html = await answer.text();
    expect(html).toContain('<meta property="og:title" content="Juno" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toBe(`${cardService}/card/${payload}.png`);

    const picture = await request.get(image ?? '');
    expect(picture.status()).toBe(200);
    expect(picture.headers()['content-type']).toBe('image/png');
    expect(pngSize(await picture.body())).toEqual({ width: 1200, height: 630 });
  });

  test('a browser opening a card link gets the tape, playable, under the card’s tags', async ({
    page,
    cardService,
  }) => {
    const deck = await Deck.open(page, `${cardService}${path}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Juno');
    expect((await deck.titles())[0]).toBe('Piazza, New York Catcher');
    await deck.button('Play').click();
    await deck.expectPlaying(/\.mp3$/, 0.3);
  });
});
