import type { Page } from '@playwright/test';
import type { AppDriver, Engine, Key, Target } from './driver';
import { call, toWire } from './driver';
import { IN_PAGE_SCRIPT } from './inPage';

/** Chromium and Firefox (WebDriver BiDi) through a Playwright page. */
export function playwrightDriver(page: Page, engine: Engine): AppDriver {
  let installed = false;
  const locate = async (target: Target) =>
    page.locator(await page.evaluate<string>(call('mark', toWire(target))));
  return {
    engine,
    async open(path) {
      if (!installed) await page.addInitScript({ content: IN_PAGE_SCRIPT });
      installed = true;
      await page.goto(path);
    },
    async click(target) {
      await (await locate(target)).click();
    },
    async focus(target) {
      await (await locate(target)).focus();
    },
    async press(key: Key) {
      await page.keyboard.press(key);
    },
    evaluate: <T>(expression: string) => page.evaluate<T>(expression),
    async close() {
      await page.close();
    },
  };
}
