import { expect, test } from '@playwright/test';
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

test('keyboard shortcuts drive the deck, and none fires while typing', async ({ page }) => {
  const deck = await Deck.open(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('k');
  await deck.expectPlaying(/j01\.mp3$/, 0.2);
  await page.keyboard.press('l');
  await deck.expectPlaying(/j01\.mp3$/, 9.5);
  await page.keyboard.press('n');
  await deck.expectPlaying(/j02\.mp3$/);
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
  await deck.expectPlaying(/j02\.mp3$/);
  const clip = await playingClip(page);
  expect(clip?.src).toMatch(/j02\.mp3$/);
});
