import { expect, test } from '@playwright/test';
import { QUIET_A, QUIET_B, testLinks } from '../engines/testTapes';
import { Deck } from './support/deck';
import { playingClip } from './support/media';

const sessionTitle = (page: import('@playwright/test').Page) =>
  page.evaluate(() => navigator.mediaSession.metadata?.title ?? null);

test('the Media Session shows the playing track and follows Next', async ({ page }) => {
  const deck = await Deck.open(page);
  await deck.button('Play').click();
  await deck.expectPlaying(/j01\.mp3$/);
  await expect.poll(() => sessionTitle(page)).toBe('All I Want Is You');
  expect(await page.evaluate(() => navigator.mediaSession.metadata?.artist)).toBe('Barry Louis Polisar');
  expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('playing');
  await deck.button('Next track').click();
  await expect.poll(() => sessionTitle(page)).toBe('My Rollercoaster');
});

// On the quiet test tape (two silent ten-minute clips), so that the second is still playing at the end
// however long the typing takes.
test('keyboard shortcuts drive the deck, and none fires while typing', async ({ page, baseURL }) => {
  const deck = await Deck.open(page, testLinks(baseURL ?? '').quiet, 2);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('k');
  await deck.expectPlaying(QUIET_A, 0.2);
  // Fast forward is 10 s.
  await deck.expectMovedOn(QUIET_A, 5, () => page.keyboard.press('l'));
  await page.keyboard.press('n');
  await deck.expectPlaying(QUIET_B);
  await page.keyboard.press('m');
  await expect(deck.button('Mute')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await deck.button('Label & notes').click();
  const notes = page.getByRole('textbox', { name: 'Liner notes' });
  await notes.click();
  await page.keyboard.type('kn m');
  await expect(notes).toHaveValue(/kn m/);
  await expect(deck.button('Mute')).toHaveAttribute('aria-pressed', 'true');
  await deck.expectPlaying(QUIET_B);
  const clip = await playingClip(page);
  expect(clip?.src).toMatch(QUIET_B);
});
