import { expect, type Page, test } from '@playwright/test';
import { QUIET_A, QUIET_B, testLinks } from '../engines/testTapes';
import { Deck } from './support/deck';

/**
 * Shortcuts on another keyboard layout (issue 21.8). On the Russian ЙЦУКЕН layout (as Windows, macOS and
 * X11 ship it) the keys printed N, K, M and Z type т, л, ь and я: KeyboardEvent.key is the Cyrillic letter,
 * KeyboardEvent.code still names the physical key (UI Events KeyboardEvent code values). The shortcuts follow
 * the physical key there.
 */
const RUSSIAN = {
  k: { key: 'л', code: 'KeyK', keyCode: 75 },
  n: { key: 'т', code: 'KeyN', keyCode: 78 },
  m: { key: 'ь', code: 'KeyM', keyCode: 77 },
  z: { key: 'я', code: 'KeyZ', keyCode: 90 },
} as const;

type Press = (typeof RUSSIAN)[keyof typeof RUSSIAN];

/**
 * Presses a key as the Russian layout sends it. Chromium: trusted input through the DevTools protocol's
 * Input.dispatchKeyEvent, which sets key, code and the Windows virtual key independently, as a real keyboard
 * with that layout does. Firefox through Playwright's BiDi channel can only send a character (key 'т' with no
 * code, which is no layout at all), so there the event is dispatched by the page with the same key and code:
 * untrusted, which the shortcut handlers do not look at, and an earlier real click stands for the gesture
 * that lets audio start.
 */
async function pressRussian(page: Page, browserName: string, press: Press, ctrl = false): Promise<void> {
  if (browserName === 'chromium') {
    const cdp = await page.context().newCDPSession(page);
    const modifiers = ctrl ? 2 : 0;
    const base = { key: press.key, code: press.code, windowsVirtualKeyCode: press.keyCode, modifiers };
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      ...base,
      ...(ctrl ? {} : { text: press.key }),
    });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
    await cdp.detach();
    return;
  }
  await page.evaluate(
    ({ key, code, keyCode, ctrlKey }) => {
      const target = document.activeElement ?? document.body;
      for (const type of ['keydown', 'keyup']) {
        target.dispatchEvent(
          new KeyboardEvent(type, { key, code, keyCode, ctrlKey, bubbles: true, cancelable: true }),
        );
      }
    },
    { ...press, ctrlKey: ctrl },
  );
}

test.describe('on a Russian keyboard layout', () => {
  test('K plays and pauses, N moves on, M mutes', async ({ page, baseURL, browserName }) => {
    const deck = await Deck.open(page, testLinks(baseURL ?? '').quiet, 2);
    // A real press on the page: the gesture a listener has made before reaching for the keyboard.
    await page.getByRole('heading', { level: 1 }).click();
    await pressRussian(page, browserName, RUSSIAN.k);
    await expect(deck.button('Pause')).toBeVisible();
    await deck.expectPlaying(QUIET_A, 0.2);
    await pressRussian(page, browserName, RUSSIAN.n);
    await expect(deck.row(2)).toHaveAttribute('aria-current', 'true');
    await deck.expectPlaying(QUIET_B, 0.2);
    await pressRussian(page, browserName, RUSSIAN.m);
    await expect(page.getByRole('button', { name: 'Mute' })).toHaveAttribute('aria-pressed', 'true');
    await pressRussian(page, browserName, RUSSIAN.k);
    await expect(deck.button('Play')).toBeVisible();
  });

  test('Ctrl+Z undoes the last edit', async ({ page, browserName }) => {
    const deck = await Deck.open(page);
    const before = await deck.titles();
    await page.getByRole('button', { name: 'More for Dearest' }).click();
    await page.getByRole('button', { name: 'Move down' }).click();
    await expect.poll(() => deck.titles()).not.toEqual(before);
    await page.getByRole('heading', { level: 1 }).click();
    await pressRussian(page, browserName, RUSSIAN.z, true);
    await expect.poll(() => deck.titles()).toEqual(before);
  });
});
