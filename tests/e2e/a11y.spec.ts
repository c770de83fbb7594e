import { expect, test } from '@playwright/test';
import { scanAxe as scan } from './support/axe';
import { serveCatalog } from './support/catalog';
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

test.describe('with the catalog answered by the test', () => {
  // Once installed, the service worker answers the catalog's previews itself, before any route would.
  test.use({ serviceWorkers: 'block' });

  test('axe finds no violations in search results, “Find real previews” mid-run and done, and the shortcut list', async ({
    page,
    browserName,
  }) => {
    test.slow(browserName === 'firefox');
    await serveCatalog(page);
    // The panel's lookups wait until the scan of the panel mid-run is done (this route comes first).
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    await page.route('https://itunes.apple.com/search**', async (route) => {
      await answered;
      await route.fallback();
    });
    const deck = await Deck.open(page);
    await deck.button('Find real previews').click();
    const panel = page.getByRole('region', { name: 'Find real previews' });
    await expect(panel.getByRole('status')).toContainText('Looking up 19 tracks');
    await scan(page, '“Find real previews” while its rows are searching');
    answer();
    await expect(panel.getByRole('status')).toContainText('19 matches to confirm');
    await scan(page, '“Find real previews” with its matches');
    await panel.getByRole('button', { name: 'Done' }).click();

    await deck.button('Add songs').click();
    await page.getByRole('searchbox', { name: 'Search songs' }).fill('Sea of Love');
    await expect(page.getByRole('list', { name: 'Songs from iTunes' }).getByRole('listitem')).toHaveCount(2);
    await page.getByRole('button', { name: 'Shortcuts', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await scan(page, 'search results and the shortcut list');
  });
});

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
