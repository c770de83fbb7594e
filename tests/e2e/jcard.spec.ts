import { expect, test } from '@playwright/test';
import { Deck } from './support/deck';

const MM = 96 / 25.4;

// Print media emulation: not done by Playwright's Firefox (BiDi) channel, and Firefox has no preference
// for it, so Chromium only.
test('Print J-card prints the insert card at its real size, and nothing else', {
  tag: '@print-emulation',
}, async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as Window & { printed?: number }).printed =
        ((window as Window & { printed?: number }).printed ?? 0) + 1;
    };
  });
  const deck = await Deck.open(page);
  await deck.button('Print J-card').click();
  await expect.poll(() => page.evaluate(() => (window as Window & { printed?: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => matchMedia('print').matches), 'print media is emulated').toBe(true);

  const card = page.getByRole('article', { name: 'J-card for “Juno”' });
  await expect(card).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tracklist' })).toBeHidden();
  const box = await card.boundingBox();
  expect(box?.height).toBeCloseTo(101.6 * MM, 0);
  expect(box?.width).toBeCloseTo((63.5 + 63.5 + 12.7 + 15.9) * MM, 0);
  const spine = await card.locator('.jcard-spine').boundingBox();
  expect(spine?.width).toBeCloseTo(12.7 * MM, 0);
  await expect(card.getByRole('heading', { name: 'Side A' })).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Side B' })).toBeVisible();
  await expect(card.getByRole('listitem')).toHaveCount(19);
  await expect(card.locator('.jcard-spine')).toHaveText('Juno');

  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(card).toHaveCount(0);
});
