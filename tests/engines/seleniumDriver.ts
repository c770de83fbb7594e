import { By, Key as SeleniumKey, type WebDriver } from 'selenium-webdriver';
import type { AppDriver, Key, Target } from './driver';
import { call, toWire } from './driver';
import { IN_PAGE_SCRIPT } from './inPage';

const KEYS: Record<Key, string> = {
  Space: ' ',
  Enter: SeleniumKey.ENTER,
  Escape: SeleniumKey.ESCAPE,
  Home: SeleniumKey.HOME,
  ArrowUp: SeleniumKey.ARROW_UP,
  ArrowDown: SeleniumKey.ARROW_DOWN,
  ArrowLeft: SeleniumKey.ARROW_LEFT,
  ArrowRight: SeleniumKey.ARROW_RIGHT,
};

/**
 * WebKitGTK (MiniBrowser) through WebKitWebDriver and selenium-webdriver. WebDriver classic has no
 * init scripts, so the in-page helpers go in right after the page has loaded: the app asks for no
 * audio before the first press of Play, and MiniBrowser's own autoplay policy (deny) guards the gap.
 */
export function seleniumDriver(driver: WebDriver, baseUrl: string): AppDriver {
  const run = <T>(expression: string) => driver.executeScript<T>(`return ${expression};`);
  return {
    engine: 'webkit',
    async open(path) {
      await driver.get(`${baseUrl}${path}`);
      await driver.executeScript(IN_PAGE_SCRIPT);
    },
    async click(target: Target) {
      const css = await run<string>(call('mark', toWire(target)));
      await driver.findElement(By.css(css)).click();
    },
    async focus(target: Target) {
      await run<boolean>(call('focus', toWire(target)));
    },
    async press(key: Key) {
      await driver.actions().sendKeys(KEYS[key]).perform();
    },
    evaluate: run,
    async close() {
      await driver.quit();
    },
  };
}
