import type { CDPSession, Page } from '@playwright/test';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * One finger on a Chromium page, through the DevTools protocol's `Input.dispatchTouchEvent`: the
 * browser treats these as real touches (trusted events, `touch-action`, its own panning and flinging),
 * unlike events a script dispatches. Points are CSS pixels from the viewport's top left. Chromium only:
 * Playwright's BiDi channel to Firefox has no touch input (its touchscreen does nothing).
 */
export class Finger {
  private constructor(private readonly cdp: CDPSession) {}

  static async on(page: Page): Promise<Finger> {
    return new Finger(await page.context().newCDPSession(page));
  }

  down(at: Point): Promise<unknown> {
    return this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
  }

  move(to: Point): Promise<unknown> {
    return this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [to] });
  }

  up(): Promise<unknown> {
    return this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  /**
   * A swipe by `dy` px (negative is upward) in `steps` moves, well under a long press either way. Back to
   * back, every event is sent before any is answered, so nothing waits between them: as quick as the
   * browser can take it, whatever the machine's speed. Otherwise each move waits for the browser to take
   * the one before, as a finger's would over a few frames; the first move still follows the touch at once.
   */
  async swipe(from: Point, dy: number, { backToBack = true, steps = 8 } = {}): Promise<void> {
    const at = (i: number) => ({ x: from.x, y: from.y + (dy * i) / steps });
    if (backToBack) {
      const sent = [this.down(from)];
      for (let i = 1; i <= steps; i += 1) sent.push(this.move(at(i)));
      sent.push(this.up());
      await Promise.all(sent);
      return;
    }
    await this.down(from);
    for (let i = 1; i <= steps; i += 1) await this.move(at(i));
    await this.up();
  }
}
