import { expect, test } from '@playwright/test';
import { scanAxe as scan } from './support/axe';
import { Deck } from './support/deck';

for (const scheme of ['light', 'dark'] as const) {
  // Colour-scheme emulation: in Firefox a browser of its own prefers dark (playwright.config.ts).
  const tag = scheme === 'dark' ? ['@media-emulation'] : [];
  test(`axe finds no violations on the deck, the tracklist and every panel (${scheme} scheme)`, {
    tag,
  }, async ({ page, browserName }) => {
    // Three full axe scans take about 20 s in Firefox over BiDi, against 8 s in Chromium.
    test.slow(browserName === 'firefox');
    await page.emulateMedia({ colorScheme: scheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      scheme === 'dark',
    );
    const deck = await Deck.open(page);
    await scan(page, 'the first screen');
    await deck.button('Play').click();
    await deck.expectPlaying(/j01\.mp3$/);
    await page.getByRole('button', { name: 'More for Dearest' }).click();
    await page.getByRole('button', { name: 'Play next' }).click();
    await page.getByRole('button', { name: 'More for Sleep' }).click();
    await scan(page, 'a playing tape with a track menu open and a queue');
    await page.keyboard.press('Escape');
    await deck.button('Add songs').click();
    await deck.button('Label & notes').click();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    await scan(page, 'the add-songs, label and share panels');
  });
}

test.describe('with a clip answered by the test', () => {
  // Once installed, the service worker answers the clips itself, before any route would see them.
  test.use({ serviceWorkers: 'block' });

  test('axe finds no violations with a message showing', async ({ page }) => {
    await page.route('**/clips/j01.mp3', (route) => route.fulfill({ status: 404 }));
    const deck = await Deck.open(page);
    await deck.button('Play').click();
    await expect(page.getByRole('alert')).toBeVisible();
    await scan(page, 'an error message');
  });
});
