import { test } from '@playwright/test';
import { JOURNEYS } from '../engines/journeys';
import { playwrightDriver } from '../engines/playwrightDriver';

// The cross-engine journeys (tests/engines), here on Playwright's projects: Chromium and Firefox.
// WebKit runs the same list through selenium-webdriver (tests/engines/webkit/run.ts).
test.describe('journeys', () => {
  for (const journey of JOURNEYS) {
    test(journey.name, async ({ page, browserName, baseURL }) => {
      const engine = browserName === 'firefox' ? 'firefox' : 'chromium';
      await journey.run(playwrightDriver(page, engine), baseURL ?? '');
    });
  }
});
