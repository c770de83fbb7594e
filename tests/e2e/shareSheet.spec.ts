import { expect, type Page, test } from '@playwright/test';
import { Deck } from './support/deck';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

declare global {
  interface Window {
    __shareCalls?: number;
    __shareSettled?: Promise<void>;
  }
}

/**
 * The system share sheet as a browser that has one answers (Web Share API Level 1): `navigator.share`
 * rejects with a DOMException named `refusal`. Installed before the app runs, so the panel offers Share….
 */
async function shareSheetThatRejects(page: Page, refusal: 'NotAllowedError' | 'AbortError'): Promise<void> {
  await page.addInitScript((name) => {
    window.__shareCalls = 0;
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: () => {
        window.__shareCalls = (window.__shareCalls ?? 0) + 1;
        const answer = Promise.reject(new DOMException('The share sheet said no.', name));
        window.__shareSettled = answer.then(
          () => undefined,
          () => undefined,
        );
        return answer;
      },
    });
  }, refusal);
}

async function openSharePanel(page: Page): Promise<string> {
  await Deck.open(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  return page.getByRole('textbox', { name: 'Link to this tape' }).inputValue();
}

const status = (page: Page) => page.locator('.share-panel').getByRole('status');

test('a share sheet that refuses says so plainly and offers Copy link, which copies the link', async ({
  page,
}) => {
  await shareSheetThatRejects(page, 'NotAllowedError');
  const link = await openSharePanel(page);
  await page.getByRole('button', { name: 'Share…' }).click();
  await expect(status(page)).toHaveText(
    'Couldn’t share: this browser did not allow it. Use Copy link instead.',
  );
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(status(page)).toHaveText('Link copied. Paste it anywhere.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test('a share sheet the listener closes (AbortError) says nothing', async ({ page }) => {
  await shareSheetThatRejects(page, 'AbortError');
  await openSharePanel(page);
  // Something to clear: the Share… press empties the status, and a cancel must leave it empty.
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(status(page)).toHaveText('Link copied. Paste it anywhere.');
  await page.getByRole('button', { name: 'Share…' }).click();
  await expect.poll(() => page.evaluate(() => window.__shareCalls)).toBe(1);
  // Once the rejection has been handled and two frames drawn, anything it had to say would be showing.
  await page.evaluate(async () => {
    await window.__shareSettled;
    for (let i = 0; i < 2; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  await expect(status(page)).toHaveText('');
});
