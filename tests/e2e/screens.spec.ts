import { type Browser, expect, type Page, test } from '@playwright/test';
import { testLinks } from '../engines/testTapes';
import { scanAxe } from './support/axe';
import { Deck } from './support/deck';

/**
 * Every state a listener reaches, looked at (issue 20.6): at 360 px (a phone, emulated as one) and 1440 px,
 * light and dark, each state is screenshotted into the test's output folder (attached to the report) and
 * scanned with axe. The pictures are for people to open; what is checked here is that each state is
 * reached and that axe finds nothing in it. Chromium only (tag): Firefox over BiDi cannot emulate the
 * colour scheme per context, and its layout is checked by phoneLayout.spec.ts.
 */

const VIEWS = [
  { name: 'phone', width: 360, height: 740, mobile: true },
  { name: 'desktop', width: 1440, height: 900, mobile: false },
] as const;

/** A shelf with a second tape of the longest title a tape may have (100 characters, schema.ts). */
const LONG_TITLE =
  'A tape for the long drive home through the mountains, with every song we sang along to in the car'
    .padEnd(100, '!')
    .slice(0, 100);

type Step = (page: Page, deck: Deck) => Promise<void>;

/** The states, in the order a listener meets them; each starts where the one before left the page. */
const STATES: ReadonlyArray<readonly [string, Step]> = [
  ['first-screen', async () => {}],
  [
    'playing-scrolled-to-the-end',
    async (page, deck) => {
      await deck.button('Play').click();
      await deck.expectPlaying(/j01\.mp3$/);
      await deck.rows.last().scrollIntoViewIfNeeded();
      await expect(page.getByRole('button', { name: /^Pause/ }).first()).toBeVisible();
    },
  ],
  [
    'track-menu-and-queue',
    async (page) => {
      await page.getByRole('button', { name: 'More for Dearest' }).click();
      await page.getByRole('button', { name: 'Play next' }).click();
      await page.getByRole('button', { name: 'More for Sleep' }).click();
      await expect(page.getByRole('button', { name: 'Play next' })).toBeVisible();
    },
  ],
  [
    'panels-open',
    async (page, deck) => {
      await page.keyboard.press('Escape');
      await deck.button('Add songs').click();
      await deck.button('Label & notes').click();
      await page.getByRole('button', { name: 'Share', exact: true }).click();
      await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    },
  ],
  [
    'share-panel-embed-open',
    async (page) => {
      await page.getByRole('button', { name: 'Embed', exact: true }).click();
      await page.getByRole('radio', { name: /^With tracklist/ }).check();
      const preview = page.frameLocator('iframe[title^="Preview:"]');
      await expect(preview.getByRole('list', { name: 'Tracklist' }).getByRole('listitem')).toHaveCount(19);
      await page.locator('iframe[title^="Preview:"]').scrollIntoViewIfNeeded();
    },
  ],
  [
    'edited-tape-with-its-message',
    async (page, deck) => {
      await page.goto('/');
      await expect(deck.rows).toHaveCount(19);
      await deck.keyboardMove('Dearest', 'ArrowDown', 1);
      await expect(page.getByText(/is now your own tape/)).toBeVisible();
    },
  ],
  [
    'export-menu',
    async (page) => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(page.locator('#export-menu').getByRole('button').first()).toBeVisible();
    },
  ],
  [
    'empty-tape',
    async (page, deck) => {
      await page.keyboard.press('Escape');
      await deck.button(/^New tape/).click();
      await expect(deck.rows).toHaveCount(0);
    },
  ],
  [
    'shared-tape',
    async (page, deck) => {
      await page.goto(testLinks(new URL(page.url()).origin).quiet);
      await expect(deck.rows).toHaveCount(2);
      await expect(page.getByRole('button', { name: 'Save to my tapes' })).toBeVisible();
    },
  ],
  [
    'clip-failed-message',
    async (page, deck) => {
      await page.goto(testLinks(new URL(page.url()).origin).missing);
      await expect(deck.rows).not.toHaveCount(0);
      await deck.button('Play').click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  ],
  [
    'long-title-on-the-shelf',
    async (page, deck) => {
      await page.goto('/');
      await expect(deck.rows).toHaveCount(19);
      await deck.button(/^New tape/).click();
      await page.getByRole('button', { name: /^Label & notes/ }).click();
      const title = page.getByRole('textbox', { name: /^Title/ });
      await title.fill(LONG_TITLE);
      await expect(title).toHaveAccessibleDescription(/0 characters left/);
      await title.press('Enter');
      await expect(page).toHaveTitle(`${LONG_TITLE} — Mixtape`);
    },
  ],
];

async function walk(
  browser: Browser,
  baseURL: string,
  view: (typeof VIEWS)[number],
  scheme: 'light' | 'dark',
) {
  const context = await browser.newContext({
    baseURL,
    serviceWorkers: 'block',
    colorScheme: scheme,
    viewport: { width: view.width, height: view.height },
    // One device pixel per CSS pixel: a full-page picture at twice the density took over 30 s on a busy machine.
    ...(view.mobile ? { isMobile: true, hasTouch: true } : {}),
  });
  try {
    const page = await context.newPage();
    const deck = await Deck.open(page);
    await page.evaluate(() => document.fonts.ready);
    for (const [name, step] of STATES) {
      await test.step(name, async () => {
        await step(page, deck);
        const path = test.info().outputPath(`${view.name}-${scheme}-${name}.png`);
        await page.screenshot({ path, fullPage: true });
        await test.info().attach(`${view.name}-${scheme}-${name}`, { path, contentType: 'image/png' });
        await scanAxe(page, `${name} (${view.width} px, ${scheme})`);
      });
    }
  } finally {
    await context.close();
  }
}

for (const view of VIEWS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every state at ${view.width} px in the ${scheme} scheme: screenshots, and axe finds nothing`, {
      tag: '@screens',
    }, async ({ browser, baseURL }) => {
      // A hang guard per state, not a pace: each state is a screenshot and a full axe scan.
      test.setTimeout(STATES.length * 60_000);
      await walk(browser, baseURL ?? '', view, scheme);
    });
  }
}
