import { expect, type Locator, type Page } from '@playwright/test';
import { playingClip, watchMedia } from './media';

/** Page object for the tape deck and tracklist: tests speak in roles and names, as a listener would. */
export class Deck {
  constructor(readonly page: Page) {}

  /** Opens a path of the app (the Juno tape, or a link to a tape of `rows` tracks) and waits until it is in. */
  static async open(page: Page, path = '/', rows = 19): Promise<Deck> {
    await watchMedia(page);
    await page.goto(path);
    const deck = new Deck(page);
    await expect(deck.rows).toHaveCount(rows);
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

  /**
   * Does `action`, then waits until the playing clip matching `src` is more than `seconds` further on than
   * playing alone could have taken it: the action moved it (Fast forward, the Seek slider), however slow
   * the machine, since a clip plays no faster than the clock.
   */
  async expectMovedOn(src: RegExp, seconds: number, action: () => Promise<void>): Promise<void> {
    const since = Date.now();
    const at = (await playingClip(this.page))?.currentTime ?? 0;
    await action();
    await expect
      .poll(
        async () => {
          const clip = await playingClip(this.page);
          const moved = clip && src.test(clip.src) ? clip.currentTime - at : 0;
          return moved - (Date.now() - since) / 1000;
        },
        { message: `a clip matching ${src} should move on by more than ${seconds} s` },
      )
      .toBeGreaterThan(seconds);
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
        { message: `a clip matching ${src} should be playing past ${after}s` },
      )
      .toBeGreaterThan(after);
    return at;
  }
}
