import { expect, type Page, test } from '@playwright/test';
import { QUIET_A, testLinks } from '../engines/testTapes';
import { Deck } from './support/deck';
import { animationFrames, clipMedia, playingClip } from './support/media';

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
    // The audio engine loads at the first idle moment, as drag and drop (which Deck.open waits for) does:
    // once it is in, the page has done all it does on its own, and still nothing may have played.
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance.getEntriesByType('resource').some((e) => /\/startAudio-[\w-]+\.js$/.test(e.name)),
        ),
      )
      .toBe(true);
    await animationFrames(page, 10);
    expect(await playingClip(page)).toBeUndefined();
    await expect(deck.button('Play')).toBeVisible();
  });

  test('the first clip loads ahead, with no sound and no AudioContext, and Play starts that element', async ({
    page,
  }) => {
    // Every media element that starts loading, and every AudioContext, before any app script runs.
    await page.addInitScript(() => {
      const ahead = { loaded: [] as HTMLMediaElement[], contexts: 0 };
      Object.assign(window, { ahead });
      const load = HTMLMediaElement.prototype.load;
      HTMLMediaElement.prototype.load = function (this: HTMLMediaElement) {
        ahead.loaded.push(this);
        load.call(this);
      };
      const Native = window.AudioContext;
      window.AudioContext = class extends Native {
        constructor(options?: AudioContextOptions) {
          super(options);
          ahead.contexts += 1;
        }
      };
    });
    const deck = await Deck.open(page);
    type Ahead = { loaded: HTMLMediaElement[]; contexts: number };
    const cued = () =>
      page.evaluate(() =>
        (window as unknown as { ahead: Ahead }).ahead.loaded.some(
          (m) => /\/clips\/j01\.mp3$/.test(m.currentSrc) && m.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA,
        ),
      );
    await expect.poll(cued, { message: 'the first clip should be ready before Play' }).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { ahead: Ahead }).ahead.contexts)).toBe(0);
    expect(await playingClip(page)).toBeUndefined();
    expect(await clipMedia(page)).toEqual([]);
    await deck.button('Play').click();
    await deck.expectPlaying(/\/clips\/j01\.mp3$/, 0.2);
    // The element that plays is the one loaded ahead: the press fetched nothing again.
    const same = await page.evaluate(() => {
      const { loaded } = (window as unknown as { ahead: Ahead }).ahead;
      const first = loaded.find((m) => /\/clips\/j01\.mp3$/.test(m.currentSrc));
      return first !== undefined && !first.paused && (window.__mixtapeMedia ?? []).includes(first);
    });
    expect(same).toBe(true);
  });

  test('a row the pointer or the focus rests on loads its clip, and pressing it starts that element (issue 19)', async ({
    page,
  }) => {
    // Every media element told to load, before any app script runs.
    await page.addInitScript(() => {
      const ahead: HTMLMediaElement[] = [];
      Object.assign(window, { ahead });
      const load = HTMLMediaElement.prototype.load;
      HTMLMediaElement.prototype.load = function (this: HTMLMediaElement) {
        ahead.push(this);
        load.call(this);
      };
    });
    const deck = await Deck.open(page);
    const ready = (clip: string) =>
      page.evaluate(
        (clip) =>
          (window as unknown as { ahead: HTMLMediaElement[] }).ahead.some(
            (m) => m.currentSrc.endsWith(clip) && m.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA,
          ),
        clip,
      );
    // The element that plays is the one loaded ahead, and it is the only one ever loaded for that clip.
    const playsTheOneLoadedAhead = (clip: string) =>
      page.evaluate((clip) => {
        // howler reuses elements: one element may have been told to load several clips in turn.
        const loaded = [
          ...new Set(
            (window as unknown as { ahead: HTMLMediaElement[] }).ahead.filter((m) =>
              m.currentSrc.endsWith(clip),
            ),
          ),
        ];
        const [only] = loaded;
        return (
          loaded.length === 1 &&
          only !== undefined &&
          !only.paused &&
          (window.__mixtapeMedia ?? []).includes(only)
        );
      }, clip);
    await deck.button('Play').click();
    await deck.expectPlaying(/\/clips\/j01\.mp3$/);

    const seventh = deck.row(7).locator('.track-play');
    await seventh.hover();
    await expect
      .poll(() => ready('/clips/j07.mp3'), { message: 'row 7 loads while the pointer rests' })
      .toBe(true);
    expect((await playingClip(page))?.src).toMatch(/\/clips\/j01\.mp3$/);
    await seventh.click();
    await deck.expectPlaying(/\/clips\/j07\.mp3$/);
    expect(await playsTheOneLoadedAhead('/clips/j07.mp3')).toBe(true);

    // From the keyboard: focus resting on row 12, then Enter.
    const twelfth = deck.row(12).locator('.track-play');
    await twelfth.focus();
    await expect
      .poll(() => ready('/clips/j12.mp3'), { message: 'row 12 loads while focus rests' })
      .toBe(true);
    await page.keyboard.press('Enter');
    await deck.expectPlaying(/\/clips\/j12\.mp3$/);
    expect(await playsTheOneLoadedAhead('/clips/j12.mp3')).toBe(true);
  });

  test('Play makes the first clip really play, on row 1, the cassette saying so', async ({ page }) => {
    const deck = await Deck.open(page);
    await deck.button('Play').click();
    await expect(deck.button('Pause')).toBeVisible();
    await deck.expectPlaying(/\/clips\/j01\.mp3$/, 0.2);
    await expect(deck.row(1)).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('img', { name: /Cassette “Juno”, side A, playing/ })).toBeVisible();
  });
});

// Pausing and seeking play the quiet test tape: two silent ten-minute clips that no slow step can run out.
test.describe('the quiet test tape', () => {
  const openQuiet = (page: Page, baseURL: string | undefined) =>
    Deck.open(page, testLinks(baseURL ?? '').quiet, 2);

  test('Play makes the clip really play, its position advancing, while the reels turn; Pause stills them', async ({
    page,
    baseURL,
  }) => {
    const deck = await openQuiet(page, baseURL);
    await deck.button('Play').click();
    await expect(deck.button('Pause')).toBeVisible();
    const first = await deck.expectPlaying(QUIET_A, 0.2);
    await expect.poll(async () => (await playingClip(page))?.currentTime ?? 0).toBeGreaterThan(first + 0.8);
    await expect(deck.row(1)).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('img', { name: /side A, playing/ })).toBeVisible();

    const hub = page.locator('.cassette .hub').first();
    const before = await hub.getAttribute('transform');
    await expect.poll(() => hub.getAttribute('transform')).not.toBe(before);
    await expect.poll(() => deck.seek.inputValue().then(Number)).toBeGreaterThan(0);

    await deck.button('Pause').click();
    await expect(deck.button('Play')).toBeVisible();
    await expect.poll(() => playingClip(page)).toBeUndefined();
    const still = await hub.getAttribute('transform');
    // Turning reels redraw every other frame (useReelMotion.ts): ten frames would have moved them.
    await animationFrames(page, 10);
    expect(await hub.getAttribute('transform')).toBe(still);
  });

  test('Previous more than 3 s into a track starts it again', async ({ page, baseURL }) => {
    const deck = await openQuiet(page, baseURL);
    await deck.button('Play').click();
    // Past 3 s by the clip's own clock: from here on, however long the click takes, it is past 3 s.
    const at = await deck.expectPlaying(QUIET_A, 3.2);
    await deck.button('Previous track').click();
    await expect.poll(async () => (await playingClip(page))?.currentTime ?? at).toBeLessThan(at);
    await expect(deck.row(1)).toHaveAttribute('aria-current', 'true');
    await deck.expectPlaying(QUIET_A, 0.2);
  });
});

test.describe('the Juno tape: clips that fail, plays the browser refuses, clips kept alive', () => {
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

  test('at most two clips are alive while skipping through the tape, and the page’s policy lets them go', async ({
    page,
  }) => {
    // howler stops an unloaded clip's download by pointing its element at a silent data: WAV, which the
    // page's Content Security Policy must admit. The recorder notes each such element once it has settled
    // (loaded or failed), and every violation the page reports.
    await page.addInitScript(() => {
      const seen = { violations: [] as string[], settled: 0 };
      Object.assign(window, { unloadWatch: seen });
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.violations.push(`${e.effectiveDirective} ${e.blockedURI.slice(0, 40)}`);
      });
      const src = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'src');
      Object.defineProperty(HTMLMediaElement.prototype, 'src', {
        ...src,
        set(this: HTMLMediaElement, value: string) {
          if (String(value).startsWith('data:')) {
            const settle = () => {
              seen.settled += 1;
            };
            this.addEventListener('loadedmetadata', settle, { once: true });
            this.addEventListener('error', settle, { once: true });
          }
          src?.set?.call(this, value);
        },
      });
    });
    const watch = () =>
      page.evaluate(
        () => (window as unknown as { unloadWatch: { violations: string[]; settled: number } }).unloadWatch,
      );
    const deck = await Deck.open(page);
    await deck.button('Play').click();
    await deck.expectPlaying(/j01\.mp3$/);
    for (let i = 0; i < 6; i += 1) await deck.button('Next track').click();
    await deck.expectPlaying(/j07\.mp3$/);
    const loaded = (await clipMedia(page)).filter((m) => /\/clips\//.test(m.src));
    expect(loaded.length).toBeLessThanOrEqual(2);
    // A new tape stops the deck and unloads both clips, and nothing reuses their elements at once.
    await page.getByRole('button', { name: /^New tape/ }).click();
    await expect.poll(async () => (await watch()).settled).toBeGreaterThan(0);
    await animationFrames(page, 10);
    expect((await watch()).violations).toEqual([]);
  });
});
