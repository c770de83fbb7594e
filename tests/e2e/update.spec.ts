import { expect, type Page, test } from '@playwright/test';
import { QUIET_A, testLinks } from '../engines/testTapes';
import { Deck } from './support/deck';

// Every other spec blocks the service worker (playwright.config.ts); here it is what is tested.
test.use({ serviceWorkers: 'allow' });

/** The cookie by which the test server serves this context a later deploy (tests/engines/server/serveApp.ts). */
const DEPLOY_COOKIE = 'mixtape-test-deploy';

/** Resolves once a service worker controls the page: at once, or at its next controller change. */
const controlled = (page: Page) =>
  page.evaluate(
    () =>
      navigator.serviceWorker.controller !== null ||
      new Promise<boolean>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true }),
      ),
  );

/** The deploy a page was loaded from: the test server stamps later ones into index.html. */
const deployOf = (page: Page) => page.locator(`meta[name="${DEPLOY_COOKIE}"]`);

const prompt = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of Mixtape' });

test('a new version let in by one tab reloads that tab only: a tab that plays plays on and is told', async ({
  context,
  page: a,
  baseURL,
}) => {
  // Tab A, a first visit: the worker installs and takes it over. Tab B opens under that worker and plays.
  const deckA = await Deck.open(a);
  expect(await controlled(a)).toBe(true);
  const b = await context.newPage();
  const deckB = await Deck.open(b, testLinks(baseURL ?? '').quiet, 2);
  expect(await controlled(b)).toBe(true);
  // A page that reloads loses this; one that does not keeps it.
  await b.evaluate(() => Object.assign(window, { mixtapeNotReloaded: true }));
  await deckB.button('Play').click();
  await deckB.expectPlaying(QUIET_A, 0.2);

  // A new deploy; the browser's update check finds its worker, which installs and waits. Both tabs ask.
  await context.addCookies([{ name: DEPLOY_COOKIE, value: '2', url: baseURL ?? '' }]);
  await a.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect(prompt(a)).toContainText('A new version of Mixtape is ready.');
  await expect(prompt(b)).toContainText('A new version of Mixtape is ready.');
  await b.getByRole('button', { name: 'Later' }).click();
  await expect(prompt(b)).toBeHidden();
  const before = await deckB.expectPlaying(QUIET_A);

  // A lets the new version in and reloads onto it.
  await a.getByRole('button', { name: 'Reload to update' }).click();
  await expect(deployOf(a)).toHaveAttribute('content', '2');
  await expect(deckA.rows).toHaveCount(19);

  // B is told, and was not reloaded: same page, the same clip still playing on past where it was.
  await expect(prompt(b)).toContainText(
    'A new version of Mixtape took over in another tab. This tab stays as it is until you reload it.',
  );
  await deckB.expectPlaying(QUIET_A, before + 0.5);
  await expect(deckB.button('Pause')).toBeVisible();
  expect(await b.evaluate(() => 'mixtapeNotReloaded' in window)).toBe(true);
  await expect(deployOf(b)).toHaveCount(0);

  // B's own answer reloads it, onto the new version.
  await b.getByRole('button', { name: 'Reload to update' }).click();
  await expect(deployOf(b)).toHaveAttribute('content', '2');
  await expect(deckB.rows).toHaveCount(2);
  expect(await b.evaluate(() => 'mixtapeNotReloaded' in window)).toBe(false);
});
