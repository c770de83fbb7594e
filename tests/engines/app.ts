import { type AppDriver, call, type Key, type Target, toWire } from './driver';

export interface MediaSnapshot {
  readonly src: string;
  readonly currentTime: number;
  readonly paused: boolean;
  readonly volume: number;
  readonly muted: boolean;
}

/** Thrown by a journey whose expectation does not hold; the message says what was seen. */
export class JourneyFailure extends Error {}

export function check(condition: boolean, message: string): void {
  if (!condition) throw new JourneyFailure(message);
}

/**
 * How long a state may take to show before a journey calls the page hung. A guard against hangs, not a
 * pace: every wait ends as soon as its state holds, and a shared, busy machine can take seconds per step.
 */
export const HANG_MS = 30_000;

/**
 * Polls until `ok` holds, never sleeping for a fixed time: engines differ in how fast audio starts
 * (WebKit about a second later) and how smoothly its clock runs.
 */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = HANG_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await read();
      error = undefined;
      if (ok(last)) return last;
    } catch (e) {
      error = e;
    }
    if (Date.now() > deadline) {
      const seen = error instanceof Error ? error.message : JSON.stringify(last);
      throw new JourneyFailure(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const button = (name: string | RegExp, within?: Target): Target =>
  within ? { role: 'button', name, within } : { role: 'button', name };

/** The app as a listener meets it, in roles and names, over any engine. */
export class App {
  constructor(readonly driver: AppDriver) {}

  /** Opens a path and waits until the tracklist is in and drag and drop has taken over its rows. */
  async open(path = '/', rows = 19): Promise<void> {
    await this.driver.open(path);
    await waitFor(
      `${rows} tracks`,
      () => this.titles(),
      (t) => t.length === rows,
    );
    await waitFor(
      'the sortable layer to take over the rows',
      () => this.attribute(button(/^Reorder /, { role: 'listitem' }), 'aria-roledescription', 0),
      (v) => v === 'sortable',
    );
  }

  /** Waits, as a person would look, until exactly one element matches: then clicks it. */
  async click(target: Target): Promise<void> {
    await this.waitForOne(target);
    await this.driver.click(target);
  }

  async press(key: Key, times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) await this.driver.press(key);
  }

  async focus(target: Target): Promise<void> {
    await this.waitForOne(target);
    await this.driver.focus(target);
  }

  private waitForOne(target: Target): Promise<number> {
    return waitFor(
      `exactly one ${JSON.stringify(toWire(target))}`,
      () => this.count(target),
      (n) => n === 1,
    );
  }

  count(target: Target): Promise<number> {
    return this.driver.evaluate(call('count', toWire(target)));
  }

  /** An attribute of the one element that matches; `nth` picks one of several instead. */
  attribute(target: Target, name: string, nth?: number): Promise<string | null> {
    return nth === undefined
      ? this.driver.evaluate(call('attribute', toWire(target), name))
      : this.driver.evaluate(call('nthAttribute', toWire(target), nth, name));
  }

  texts(target: Target): Promise<string[]> {
    return this.driver.evaluate(call('text', toWire(target)));
  }

  pageText(): Promise<string> {
    return this.driver.evaluate(call('pageText'));
  }

  titles(): Promise<string[]> {
    return this.driver.evaluate(call('titles'));
  }

  liveRegion(): Promise<string> {
    return this.driver.evaluate(call('liveRegion'));
  }

  media(): Promise<MediaSnapshot[]> {
    return this.driver.evaluate(call('media'));
  }

  playRequests(): Promise<number> {
    return this.driver.evaluate(call('playRequests'));
  }

  async playingClip(): Promise<MediaSnapshot | undefined> {
    return (await this.media()).find((m) => !m.paused);
  }

  scriptClick(target: Target): Promise<boolean> {
    return this.driver.evaluate(call('scriptClick', toWire(target)));
  }

  /** Waits for the state shown on an element (an attribute) to be what a listener expects. */
  waitForAttribute(target: Target, name: string, value: string | null, timeoutMs?: number) {
    return waitFor(
      `${JSON.stringify(toWire(target))} to have ${name}=${value}`,
      () => this.attribute(target, name),
      (v) => v === value,
      timeoutMs,
    );
  }

  waitForVisible(target: Target, timeoutMs?: number): Promise<number> {
    return waitFor(
      `${JSON.stringify(toWire(target))} to show`,
      () => this.count(target),
      (n) => n > 0,
      timeoutMs,
    );
  }

  waitForText(target: Target, text: string, timeoutMs?: number): Promise<string[]> {
    return waitFor(
      `${JSON.stringify(toWire(target))} to say “${text}”`,
      () => this.texts(target),
      (all) => all.some((t) => t.includes(text)),
      timeoutMs,
    );
  }

  /** Every clip, what the app said, and each clip's media events: what a failing journey shows. */
  snapshot(): Promise<{ media: MediaSnapshot[]; said: string[]; events: string[] }> {
    return this.driver.evaluate(call('snapshot'));
  }

  /** Waits until a playing clip satisfies `ok`; on failure the message shows the whole snapshot. */
  waitForClip(
    what: string,
    ok: (clip: MediaSnapshot) => boolean,
    timeoutMs = HANG_MS,
  ): Promise<MediaSnapshot> {
    return this.waitForClipThat(what, (c) => !c.paused && ok(c), timeoutMs);
  }

  /** Waits until a clip the page has played is paused and satisfies `ok`. */
  waitForPausedClip(what: string, ok: (clip: MediaSnapshot) => boolean): Promise<MediaSnapshot> {
    return this.waitForClipThat(what, (c) => c.paused && ok(c));
  }

  private async waitForClipThat(
    what: string,
    ok: (clip: MediaSnapshot) => boolean,
    timeoutMs = HANG_MS,
  ): Promise<MediaSnapshot> {
    const seen = await waitFor(
      what,
      () => this.snapshot(),
      ({ media }) => media.some(ok),
      timeoutMs,
    );
    const clip = seen.media.find(ok);
    if (!clip) throw new JourneyFailure(`no clip for ${what}`);
    return clip;
  }

  /**
   * Where the matching clip's own clock stands now, and how many seconds have passed since: a clip
   * that got further than that in the meantime was moved, since playing runs no faster than the clock.
   */
  async clipClock(src: RegExp): Promise<{ at: number; elapsed: () => number }> {
    const since = Date.now();
    const clip = (await this.media()).find((c) => src.test(c.src));
    if (!clip) throw new JourneyFailure(`no clip matching ${src}`);
    return { at: clip.currentTime, elapsed: () => (Date.now() - since) / 1000 };
  }

  /** Waits until a clip whose URL matches is running and its own clock has passed `after` seconds. */
  async expectPlaying(src: RegExp, after = 0, timeoutMs = HANG_MS): Promise<number> {
    const clip = await this.waitForClip(
      `a clip matching ${src} playing past ${after} s`,
      (c) => src.test(c.src) && c.currentTime > after,
      timeoutMs,
    );
    return clip.currentTime;
  }
}
