import { expect, test } from '@playwright/test';
import { Deck } from './support/deck';
import { clockMoves } from './support/media';

const SIZES = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

for (const size of SIZES) {
  test(`looks like a cassette deck on a ${size.name} (${size.width}px), with no sideways scrolling`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const deck = await Deck.open(page);
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Measured against the width the page really has: desktop Firefox keeps a 12 px scrollbar.
    const available = await page.evaluate(() => document.documentElement.clientWidth);
    const cassette = await page.getByRole('img', { name: /Cassette/ }).boundingBox();
    expect(cassette?.width ?? 0).toBeGreaterThan(available * 0.8 > 560 ? 400 : available * 0.82);
    for (const name of ['Play', 'Next track', 'Previous track', 'Stop', 'Mute']) {
      const box = await deck.button(name).boundingBox();
      expect(box?.height ?? 0, `${name} is a 44px touch target`).toBeGreaterThanOrEqual(44);
      expect(box?.width ?? 0, `${name} is a 44px touch target`).toBeGreaterThanOrEqual(44);
    }
    await deck.button('Play').click();
    await deck.expectPlaying(/j01\.mp3$/, 0.5);
    const path = testInfo.outputPath(`mixtape-${size.name}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`screenshot-${size.name}`, { path, contentType: 'image/png' });
  });
}

test('honours prefers-reduced-motion: the reels hold still while the tape plays', {
  tag: '@media-emulation',
}, async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  const deck = await Deck.open(page);
  await deck.button('Play').click();
  await deck.expectPlaying(/j01\.mp3$/, 0.3);
  const hub = page.locator('.cassette .hub').first();
  const before = await hub.getAttribute('transform');
  // Half a second of the tape really playing, by the clip's own clock: turning reels would have moved.
  await clockMoves(page, 0.5);
  expect(await hub.getAttribute('transform')).toBe(before);
  const animation = await page.locator('.eq').evaluate((el) => getComputedStyle(el).animationName);
  expect(animation).toBe('none');
});
