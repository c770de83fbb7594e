import { expect, type Locator, type Page } from '@playwright/test';
import { playingClip, watchMedia } from './media';

/** Page object for the tape deck and tracklist: tests speak in roles and names, as a listener would. */
export class Deck {
  constructor(readonly page: Page) {}

  static async open(page: Page, path = '/'): Promise<Deck> {
    await watchMedia(page);
    await page.goto(path);
    const deck = new Deck(page);
    await expect(deck.rows).toHaveCount(19);
    // Drag and drop arrives lazily and takes over the rows: wait, so nothing is clicked mid-swap.
    await expect(deck.rows.first().getByRole('button', { name: /^Reorder / })).toHaveAttribute(
      'aria-roledescription',
      'sortable',
    );
    return deck;
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  get tracklist(): Locator {
    return this.page.getByRole('region', { name: 'Tracklist' });
  }

  get rows(): Locator {
    return this.tracklist.getByRole('list', { name: /^Side [AB]/ }).getByRole('listitem');
  }

  /** Titles in tape order, as the tracklist shows them. */
  titles(): Promise<string[]> {
    return this.rows.locator('.track-title').allTextContents();
  }

  /** The drag handle, once the lazily loaded drag-and-drop layer has taken over the rows. */
  async handle(title: string): Promise<Locator> {
    const handle = this.page.getByRole('button', { name: `Reorder ${title}`, exact: true });
    await expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
    return handle;
  }

  get seek(): Locator {
    return this.page.getByRole('slider', { name: 'Seek' });
  }

  get volume(): Locator {
    return this.page.getByRole('slider', { name: 'Volume' });
  }

  row(n: number): Locator {
    return this.rows.nth(n - 1);
  }

  /**
   * Keyboard drag: Space picks the track up, each arrow press waits for its announcement (so presses
   * never outrun the animation, as a person's would not), Space drops it.
   */
  async keyboardMove(title: string, key: 'ArrowUp' | 'ArrowDown', presses: number): Promise<void> {
    await (await this.handle(title)).focus();
    await this.page.keyboard.press('Space');
    const live = this.page.locator('[id^="DndLiveRegion"]');
    await expect(live).toContainText(`Picked up ${title}`);
    let place = Number((await live.textContent())?.match(/place (\d+) of/)?.[1]);
    for (let i = 0; i < presses; i += 1) {
      // Up from the top of side B first crosses the turn: same place, other side.
      const crossesTurn = i === 0 && key === 'ArrowUp' && (await live.textContent())?.includes('side B');
      await this.page.keyboard.press(key);
      if (!crossesTurn) place += key === 'ArrowUp' ? -1 : 1;
      await expect(live).toContainText(`${title} moved to place ${place} of`);
    }
    await this.page.keyboard.press('Space');
    await expect(live).toContainText(`${title} dropped at place ${place} of`);
  }

  /** Waits until a clip whose URL matches is running and its clock has moved past `after` seconds. */
  async expectPlaying(src: RegExp, after = 0): Promise<number> {
    let at = -1;
    await expect
      .poll(
        async () => {
          const clip = await playingClip(this.page);
          at = clip && src.test(clip.src) ? clip.currentTime : -1;
          return at;
        },
        { timeout: 10_000, message: `a clip matching ${src} should be playing past ${after}s` },
      )
      .toBeGreaterThan(after);
    return at;
  }
}
