import { expect, type Locator, type Page, test } from '@playwright/test';
import { Deck } from './support/deck';
import { playingClip } from './support/media';

/**
 * A player at hand on a phone (issue 20.2): once the deck's keys are scrolled off the top of a 360 px
 * screen, a bar at its foot holds the song, Play/Pause and Next; it never covers the last row, and a
 * desktop, whose deck stays on the screen, has none.
 */

const bar = (page: Page) => page.getByRole('region', { name: 'Now playing' });

/** Scrolls to the very foot of the page and waits until the window is there. */
async function scrollToFoot(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect
    .poll(() =>
      page.evaluate(
        () => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1,
      ),
    )
    .toBe(true);
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the bar follows the deck off the screen: its Pause pauses the clip, and the last row stays above it', async ({
    page,
  }) => {
    const deck = await Deck.open(page);
    await expect(bar(page)).toHaveCount(0);
    await deck.button('Play').click();
    await deck.expectPlaying(/\/clips\/j01\.mp3$/, 0.2);

    await deck.row(19).scrollIntoViewIfNeeded();
    await expect(bar(page)).toBeVisible();
    await expect(bar(page)).toContainText('All I Want Is You');
    expect(await bar(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('player-bar-in');
    await bar(page).getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(bar(page).getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect.poll(() => playingClip(page)).toBeUndefined();
    await bar(page).getByRole('button', { name: 'Play', exact: true }).click();
    await deck.expectPlaying(/\/clips\/j01\.mp3$/);
    await bar(page).getByRole('button', { name: 'Next track', exact: true }).click();
    await expect(bar(page)).toContainText('My Rollercoaster');
    await deck.expectPlaying(/\/clips\/j02\.mp3$/);

    // At the foot of the page the last row lies wholly above the bar, and nothing is wider than the screen.
    await scrollToFoot(page);
    const row = await deck.row(19).boundingBox();
    const held = await bar(page).boundingBox();
    expect(row && held, 'the last row and the bar are laid out').toBeTruthy();
    if (!row || !held) return;
    expect(row.y + row.height).toBeLessThanOrEqual(held.y);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);

    // Back at the top, the deck's own keys are there again and the bar goes.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(bar(page)).toHaveCount(0);
  });
});

/** Whether the point at the middle of `target` is `target` itself (or inside it): nothing fixed lies over it. */
const uncovered = (target: Locator) =>
  target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && el.contains(top);
  });

test.describe('on a 360 px phone with a message showing', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('neither the message nor the bar hides the last song: the foot keeps room, and focus stops above both', async ({
    page,
  }) => {
    const deck = await Deck.open(page);
    // A copy made and deleted again: the message about it stays until dismissed, with its Undo.
    const thisTape = page.getByRole('region', { name: 'This tape' });
    await thisTape.getByRole('button', { name: 'Duplicate' }).click();
    await thisTape.getByRole('button', { name: 'Delete tape' }).click();
    const message = page.getByRole('status').filter({ hasText: 'Deleted' });
    await expect(message).toBeVisible();
    const more = deck.row(19).getByRole('button', { name: /^More for / });

    // Moved to by focus (a keyboard user's Tab, a screen reader's cursor): the page stops with the key above
    // the message and the bar that slides in once the deck is gone.
    await more.focus();
    await expect(bar(page)).toBeVisible();
    await expect(more).toBeInViewport({ ratio: 1 });
    expect(await uncovered(more), 'the focused key is not under the message or the bar').toBe(true);

    // Scrolled to the very foot, the last song's key still lies above both: the message does not go by itself.
    await scrollToFoot(page);
    await expect(message).toBeVisible();
    expect(await uncovered(more), 'at the foot the last key is not under the message or the bar').toBe(true);
    await more.click({ trial: true, timeout: 5_000 });
  });
});

test.describe('on a 360 px phone that prefers reduced motion', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the bar appears without sliding in', { tag: '@media-emulation' }, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    const deck = await Deck.open(page);
    await deck.row(19).scrollIntoViewIfNeeded();
    await expect(bar(page)).toBeVisible();
    expect(await bar(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });
});

test.describe('on a 1440 px desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('there is no bar, even at the foot of a playing tape', async ({ page }) => {
    const deck = await Deck.open(page);
    await deck.button('Play').click();
    await deck.expectPlaying(/\/clips\/j01\.mp3$/, 0.2);
    await deck.row(19).scrollIntoViewIfNeeded();
    await scrollToFoot(page);
    // Wait until the bar has had its say: an observer made now gets its first report in the same step as
    // any report of the deck's scroll still pending for the bar's own (reports go out in order of making),
    // and the frame after it shows whatever the bar decided. On a phone this would be the bar.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const keys = document.querySelector('.transport');
          if (!keys) throw new Error('no transport');
          const seen = new IntersectionObserver(() => {
            seen.disconnect();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
          });
          seen.observe(keys);
        }),
    );
    await expect(bar(page)).toHaveCount(0);
  });
});
