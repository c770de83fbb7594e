import { expect, test } from '@playwright/test';
import { Deck } from './support/deck';

// Every other spec blocks the service worker (playwright.config.ts); here it is what is tested.
test.use({ serviceWorkers: 'allow' });

test('after one visit the Juno tape plays with no network at all', async ({ page, context }) => {
  await Deck.open(page);
  // Once the service worker is active it has precached the shell and every clip; it controls the next load.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() =>
      page.evaluate(
        async () =>
          (await caches.keys()).length > 0 &&
          (await (await caches.open((await caches.keys())[0] ?? '')).keys()).filter((r) =>
            r.url.includes('/clips/'),
          ).length,
      ),
    )
    .toBe(19);

  await context.setOffline(true);
  await page.reload();
  const deck = new Deck(page);
  await expect(deck.rows).toHaveCount(19);
  await deck.button('Play').click();
  await deck.expectPlaying(/j01\.mp3$/, 0.5);
  await deck.button('Next track').click();
  await deck.expectPlaying(/j02\.mp3$/, 0.3);
  // Seeking needs the byte ranges the worker cuts from its copy: a whole file would restart at 0:00.
  await deck.button('Fast forward').click();
  await deck.expectPlaying(/j02\.mp3$/, 10);
  await context.setOffline(false);
});

test('the app is installable: a manifest with name and icons', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await page.request.get(href ?? '')).json();
  expect(manifest).toMatchObject({ name: 'Mixtape', display: 'standalone', start_url: '/' });
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
});
