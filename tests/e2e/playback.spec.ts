import { expect, test } from '@playwright/test';
import { Deck } from './support/deck';
import { clipMedia, playingClip } from './support/media';

test.describe('the Juno tape', () => {
  test('opens on a cassette labelled Juno with both sides listed, and says the clips are stand-ins', async ({
    page,
  }) => {
    const deck = await Deck.open(page);
    await expect(page.getByRole('img', { name: /Cassette “Juno”, side A/ })).toBeVisible();
    await expect(page.getByRole('list', { name: /Side A/ })).toBeVisible();
    await expect(page.getByRole('list', { name: /Side B/ })).toBeVisible();
    await expect(deck.row(1)).toContainText('All I Want Is You');
    await expect(deck.row(19)).toContainText('Michael Cera & Elliot Page');
    await expect(page.getByText('These are stand-in clips, not the real recordings.')).toBeVisible();
  });

  test('plays nothing until the listener presses Play', async ({ page }) => {
    const deck = await Deck.open(page);
    await page.waitForTimeout(1500);
    expect(await playingClip(page)).toBeUndefined();
    await expect(deck.button('Play')).toBeVisible();
  });

  test('Play makes the first clip really play, its position advancing, while the reels turn', async ({
    page,
  }) => {
    const deck = await Deck.open(page);
    await deck.button('Play').click();
    await expect(deck.button('Pause')).toBeVisible();
    const first = await deck.expectPlaying(/\/clips\/j01\.mp3$/, 0.2);
    await expect
      .poll(async () => (await playingClip(page))?.currentTime ?? 0, { timeout: 5000 })
      .toBeGreaterThan(first + 0.8);
    await expect(deck.row(1)).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('img', { name: /side A, playing/ })).toBeVisible();

    const hub = page.locator('.cassette .hub').first();
    const before = await hub.getAttribute('transform');
    await page.waitForTimeout(400);
    expect(await hub.getAttribute('transform')).not.toBe(before);
    await expect.poll(() => deck.seek.inputValue().then(Number)).toBeGreaterThan(0);

    await deck.button('Pause').click();
    await expect(deck.button('Play')).toBeVisible();
    expect(await playingClip(page)).toBeUndefined();
    const still = await hub.getAttribute('transform');
    await page.waitForTimeout(400);
    expect(await hub.getAttribute('transform')).toBe(still);
  });

  test('Next moves to track 2 and Previous comes back', async ({ page }) => {
    const deck = await Deck.open(page);
    await deck.button('Play').click();
    await deck.expectPlaying(/j01\.mp3$/);
    await deck.button('Next track').click();
    await deck.expectPlaying(/j02\.mp3$/, 0.2);
    await expect(deck.row(2)).toHaveAttribute('aria-current', 'true');
    await expect(page.getByText('My Rollercoaster', { exact: true }).first()).toBeVisible();
    await deck.button('Previous track').click();
    await deck.expectPlaying(/j01\.mp3$/);
    await expect(deck.row(1)).toHaveAttribute('aria-current', 'true');
  });

  test('seeking with the slider and the Fast forward key moves the real clip', async ({ page }) => {
    const deck = await Deck.open(page);
    await deck.button('Play').click();
    await deck.expectPlaying(/j01\.mp3$/);
    await deck.seek.focus();
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
    await deck.expectPlaying(/j01\.mp3$/, 5.5);
    await deck.button('Rewind').click();
    // Seeking is asynchronous: wait for the real clip's clock to come back, still playing.
    await expect.poll(async () => (await playingClip(page))?.currentTime ?? 99).toBeLessThan(4);
    await deck.button('Fast forward').click();
    await deck.expectPlaying(/j01\.mp3$/, 9.5);
  });

  test('volume and mute reach the audio', async ({ page }) => {
    const deck = await Deck.open(page);
    await deck.button('Play').click();
    await deck.expectPlaying(/j01\.mp3$/);
    await deck.volume.focus();
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowLeft');
    await expect(deck.volume).toHaveAttribute('aria-valuetext', '50%');
    await expect.poll(async () => (await playingClip(page))?.volume).toBeCloseTo(0.5, 2);
    await deck.button('Mute').click();
    await expect(deck.button('Mute')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await playingClip(page))?.muted).toBe(true);
  });

  test.describe('clips answered by the test', () => {
    // Once installed, the service worker answers the clips itself, before any route would see them.
    test.use({ serviceWorkers: 'block' });

    test('a clip that answers 404 shows a message, is marked unavailable, and the tape moves on', async ({
      page,
    }) => {
      await page.route('**/clips/j01.mp3', (route) => route.fulfill({ status: 404, body: 'not here' }));
      const deck = await Deck.open(page);
      await deck.button('Play').click();
      await expect(page.getByRole('alert')).toContainText(
        "Couldn't play “All I Want Is You” by Barry Louis Polisar",
      );
      await expect(page.getByRole('alert')).toContainText('Skipping to the next track');
      await deck.expectPlaying(/j02\.mp3$/, 0.2);
      await expect(deck.row(1)).toContainText('unavailable');
      await expect(deck.row(2)).toHaveAttribute('aria-current', 'true');
    });

    test('a clip that will not decode is skipped the same way', async ({ page }) => {
      await page.route('**/clips/j02.mp3', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'audio/mpeg',
          body: Buffer.from('this is not an mp3 file at all'),
        }),
      );
      const deck = await Deck.open(page);
      await deck.page.getByRole('button', { name: /^My Rollercoaster Kimya Dawson/ }).click();
      await expect(page.getByRole('alert')).toContainText('My Rollercoaster');
      await deck.expectPlaying(/j03\.mp3$/, 0.2);
    });
  });

  test('a play that the browser refuses (no user gesture) asks the listener to press Play', async ({
    page,
  }) => {
    const deck = await Deck.open(page);
    // A script-dispatched click carries no user activation, so Chromium's autoplay policy refuses it.
    await page.evaluate(() => {
      const play = [...document.querySelectorAll('button')].find(
        (b) => b.getAttribute('aria-label') === 'Play',
      );
      play?.click();
    });
    await expect(page.getByRole('status').filter({ hasText: 'press Play' })).toBeVisible();
    await expect(deck.button('Play')).toBeVisible();
    expect(await playingClip(page)).toBeUndefined();
    await deck.button('Play').click();
    await deck.expectPlaying(/j01\.mp3$/, 0.2);
  });

  test('at most two clips are alive while skipping through the tape', async ({ page }) => {
    const deck = await Deck.open(page);
    await deck.button('Play').click();
    await deck.expectPlaying(/j01\.mp3$/);
    for (let i = 0; i < 6; i += 1) await deck.button('Next track').click();
    await deck.expectPlaying(/j07\.mp3$/);
    const loaded = (await clipMedia(page)).filter((m) => /\/clips\//.test(m.src));
    expect(loaded.length).toBeLessThanOrEqual(2);
  });
});
