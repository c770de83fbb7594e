import { expect, type Locator, type Page, test } from '@playwright/test';
import { Deck } from './support/deck';
import { Finger, type Point } from './support/touch';

declare global {
  interface Window {
    __heard?: string[];
    __scrollEnd?: Promise<void>;
  }
}

const centre = async (handle: Locator): Promise<Point> => {
  const box = await handle.boundingBox();
  if (!box) throw new Error('the handle has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** From now on, the page's next `scrollend`: the end of a scroll and of any fling after it. */
const armScrollEnd = (page: Page) =>
  page.evaluate(() => {
    window.__scrollEnd = new Promise((resolve) =>
      document.addEventListener('scrollend', () => resolve(), { once: true }),
    );
  });
const scrollEnded = (page: Page) => page.evaluate(() => window.__scrollEnd);

/** Scrolls `handle` to the middle of the screen, clear of the edges where a drag scrolls the page. */
async function bringToMiddle(page: Page, handle: Locator): Promise<void> {
  await armScrollEnd(page);
  const moved = await handle.evaluate((el) => {
    const y = window.scrollY;
    el.scrollIntoView({ block: 'center' });
    return window.scrollY !== y;
  });
  if (moved) await scrollEnded(page);
}

/** Everything dnd-kit's live region says from now on: any pick-up or drop is said there. */
async function listen(page: Page): Promise<() => Promise<string[]>> {
  await page.locator('[id^="DndLiveRegion"]').evaluate((region) => {
    const heard: string[] = [];
    window.__heard = heard;
    new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  return () => page.evaluate(() => window.__heard ?? []);
}

/** Two frames: by then the page has handled the touches and drawn whatever they changed. */
const nextFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

// Real touch input only exists through Chromium's DevTools protocol: Playwright's BiDi channel to Firefox has
// no touch actions (its touchscreen does nothing), and script-made touch events are untrusted, so the browser
// would neither pan for them nor honour touch-action. Tagged @touch-input, the Firefox projects leave these
// out (playwright.config.ts), rather than skipping them, which CI counts as a failure.
test.describe('touch on a phone', { tag: '@touch-input' }, () => {
  test.use({ viewport: { width: 412, height: 839 }, hasTouch: true, isMobile: true });

  test('a quick swipe that starts on a grip handle scrolls the page, upward or downward, at any pace, and moves no track', async ({
    page,
  }) => {
    const deck = await Deck.open(page);
    const order = await deck.titles();
    const handle = await deck.handle('Dearest');
    const finger = await Finger.on(page);
    const heard = await listen(page);
    const swipes = [
      { dy: -160, backToBack: true },
      { dy: 160, backToBack: true },
      { dy: -160, backToBack: false },
    ];
    for (const { dy, backToBack } of swipes) {
      await bringToMiddle(page, handle);
      const before = await scrollY(page);
      await armScrollEnd(page);
      await finger.swipe(await centre(handle), dy, { backToBack });
      await nextFrames(page);
      expect(await heard(), 'nothing was picked up or dropped').toEqual([]);
      expect(await deck.titles()).toEqual(order);
      // A finger moving up scrolls the page down, and the other way round.
      const scrolled = expect.poll(() => scrollY(page), 'the page scrolled under the finger');
      if (dy < 0) await scrolled.toBeGreaterThan(before);
      else await scrolled.toBeLessThan(before);
      await scrollEnded(page);
    }
  });

  test('a touch held on a grip handle until the track is picked up, then moved, reorders the tape', async ({
    page,
  }) => {
    const deck = await Deck.open(page);
    const handle = await deck.handle('A Well Respected Man');
    await bringToMiddle(page, handle);
    const from = await centre(handle);
    const target = await centre(await deck.handle('Up the Spout'));
    const to = { x: target.x, y: target.y + 12 };
    const before = await scrollY(page);
    const finger = await Finger.on(page);
    await finger.down(from);
    // The press is held until the page says the drag has started, however long that takes: no timer.
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Picked up A Well Respected Man');
    await expect(deck.rows.nth(2)).toHaveAttribute('data-dragging', 'true');
    for (let i = 1; i <= 16; i += 1) {
      await finger.move({ x: from.x, y: from.y + ((to.y - from.y) * i) / 16 });
    }
    await finger.up();
    await expect
      .poll(() => deck.titles().then((t) => t.slice(0, 6)))
      .toEqual([
        'All I Want Is You',
        'My Rollercoaster',
        'Dearest',
        'Up the Spout',
        'A Well Respected Man',
        'Tire Swing',
      ]);
    // The finger dragged the track; it did not also pan the page.
    expect(await scrollY(page)).toBe(before);
  });
});
