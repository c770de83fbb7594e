import { expect, test } from '@playwright/test';
import { Deck } from './support/deck';

// A tab opened before a deploy asks for chunks the new deploy no longer has (their names carry hashes).
// The service worker, which would still hold them, is blocked here as on a first visit (playwright.config.ts).
test('a panel whose file is gone after a deploy says to reload, and the deck plays on', async ({
  page,
  browserName,
}) => {
  await page.route(/\/assets\/SharePanel-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  const deck = await Deck.open(page);
  await deck.button('Play').click();
  await deck.expectPlaying(/j01\.mp3$/);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(
    'A new version of Mixtape is available — reload to open sharing. Your tapes are saved.',
  );
  // The rest of the page is still there and still works.
  await expect(deck.rows).toHaveCount(19);
  await deck.button('Pause').click();
  await expect(deck.button('Play')).toBeVisible();
  await deck.button('Next track').click();
  await expect(deck.row(2)).toHaveAttribute('aria-current', 'true');

  // The file is back (a connection that dropped, not a deploy). Chromium fetches a module that failed
  // again; Firefox keeps the failure for that address, as the HTML standard's module map has it
  // (whatwg/html#6768), so there the message stays and Reload is the way.
  await page.unroute(/\/assets\/SharePanel-[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Try again' }).click();
  if (browserName === 'chromium') {
    await expect(page.getByRole('textbox', { name: 'Link to this tape' })).toBeVisible();
  } else {
    await expect(page.getByRole('alert')).toContainText('reload to open sharing');
    await expect(deck.rows).toHaveCount(19);
  }
});
