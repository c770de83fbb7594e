import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS } from './scripts/chromium-flags.mjs';

const PORT = Number(process.env.MIXTAPE_E2E_PORT ?? 4173);

/**
 * Debian's Chromium (browser downloads do not work on our machines); CHROMIUM_PATH points elsewhere.
 * The autoplay policy is set to the strict one real browsers use, so a test catches sound that
 * would start without a user gesture.
 */
const chromiumArgs = [...CHROMIUM_FLAGS, '--autoplay-policy=user-gesture-required'];

/**
 * Debian's Firefox ESR through Playwright's WebDriver BiDi channel. @playwright/test stays on 1.64.x:
 * 1.65 fails at newContext against ESR 153 with an unknown BiDi command. Check each upgrade against ESR.
 * Sound goes to the PulseAudio null sink that globalSetup starts; without one, Firefox's mock backend.
 */
const firefoxPrefs: Record<string, boolean | number> = {
  // Firefox's own policy: block audible autoplay, as a first visit does.
  'media.autoplay.default': 1,
  ...(process.env.MIXTAPE_AUDIO_SINK === 'mock' ? { 'media.cubeb.force_mock_context': true } : {}),
};

/**
 * Playwright's BiDi channel (1.64 with Firefox ESR 153) ignores emulateMedia. Tests that need it are
 * tagged, and in Firefox run in a browser of their own whose preferences ask for what the test emulates:
 * - @media-emulation: prefers-reduced-motion and a dark colour scheme;
 * - @print-emulation: print media, for which Firefox has no preference: Chromium only.
 * Each of these tests first checks that the media query matches, so none can pass without it.
 */
const MEDIA_EMULATION = /@media-emulation/;
const NOT_ON_FIREFOX = /@media-emulation|@print-emulation/;
const emulatedMediaPrefs: Record<string, number> = {
  'ui.prefersReducedMotion': 1,
  // 0 is dark.
  'layout.css.prefers-color-scheme.content-override': 0,
};

const firefox = (prefs: Record<string, boolean | number>) => ({
  browserName: 'firefox' as const,
  channel: 'moz-firefox',
  launchOptions: {
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    firefoxUserPrefs: prefs,
  },
});

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  globalSetup: './tests/e2e/support/globalSetup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: chromiumArgs,
        },
      },
    },
    {
      name: 'firefox',
      grepInvert: NOT_ON_FIREFOX,
      // Each action over BiDi costs more than over CDP: the longest specs need 30 to 35 s on a busy machine.
      timeout: 60_000,
      use: firefox(firefoxPrefs),
    },
    {
      name: 'firefox-emulated-media',
      grep: MEDIA_EMULATION,
      timeout: 60_000,
      use: firefox({ ...firefoxPrefs, ...emulatedMediaPrefs }),
    },
  ],
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --strictPort --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
