import { expect, test } from '@playwright/test';
import { QUIET_B, STALLING, testLinks } from '../engines/testTapes';
import { Deck } from './support/deck';

declare global {
  interface Window {
    __mixtapeLoads?: string[];
  }
}

// A clip whose server stops sending 3 s in and holds the connection open (server/stallingClip.ts): no
// error, no end, ever. The deck must say it is waiting, reload the clip once, then give it up and play on.
test('a clip that stops arriving is shown buffering, reloaded once, then marked unavailable, and the tape plays on', async ({
  page,
  baseURL,
}) => {
  // Every load of a media element, by address: howler loads each clip it is given once.
  await page.addInitScript(() => {
    const loads: string[] = [];
    window.__mixtapeLoads = loads;
    const load = HTMLMediaElement.prototype.load;
    HTMLMediaElement.prototype.load = function (this: HTMLMediaElement) {
      loads.push(this.src);
      load.call(this);
    };
  });
  const loadsOf = (src: RegExp) =>
    page.evaluate(
      (source) => (window.__mixtapeLoads ?? []).filter((s) => new RegExp(source).test(s)).length,
      src.source,
    );

  const deck = await Deck.open(page, testLinks(baseURL ?? '').stall, 2);
  await deck.button('Play').click();
  // It plays what came in...
  await deck.expectPlaying(STALLING, 0.2);
  // ...then stands still where the data ran out: the deck says so instead of claiming to play.
  await expect(page.getByText(/^Buffering · side A/)).toBeVisible();
  await expect(
    page.getByRole('img', { name: /Cassette “Stalling test tape”, side A, buffering/ }),
  ).toHaveAttribute('data-state', 'still');
  await expect(page.getByText(/^Now playing/)).toHaveCount(0);
  await expect(deck.button('Pause')).toBeVisible();

  // Reloaded once, still nothing: given up with a message naming it, and marked unavailable.
  await expect(page.getByRole('alert')).toContainText(
    "Couldn't play “Stops Arriving” by Test Tone: it stopped coming through, even after a retry. Skipping to the next track.",
  );
  await expect(deck.row(1)).toContainText('unavailable');
  expect(await loadsOf(STALLING)).toBe(2);

  // The next track really plays.
  await deck.expectPlaying(QUIET_B, 0.2);
  await expect(page.getByText(/^Now playing · side B/)).toBeVisible();
  await expect(deck.row(2)).toHaveAttribute('aria-current', 'true');
});
