import { availableParallelism } from 'node:os';
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
 * - @print-emulation: print media, for which Firefox has no preference: Chromium only;
 * - @touch-input: real touches, which only Chromium's DevTools protocol can send: Chromium only;
 * - @screens: every state screenshotted in both colour schemes (screens.spec.ts): Chromium only, as the
 *   scheme changes per context there; Firefox's layout is checked by phoneLayout.spec.ts.
 * Each of these tests first checks that the media query matches, so none can pass without it.
 */
const MEDIA_EMULATION = /@media-emulation/;
const NOT_ON_FIREFOX = /@media-emulation|@print-emulation|@touch-input|@screens/;
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

/**
 * Timeouts are for hangs, never a pace: every step waits for a state the page shows, and ends as soon as
 * it holds. A shared 2-core machine running two browsers can take seconds over one step, so the limits sit
 * far above what a passing test needs (the longest take about 30 s on a busy machine; see docs/testing.md).
 */
const TEST_HANG_MS = 180_000;
const STATE_HANG_MS = 30_000;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: TEST_HANG_MS,
  expect: { timeout: STATE_HANG_MS },
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // A guard, not a remedy: the test command lists every test that needed it (scripts/test-all.mjs).
  retries: process.env.CI ? 1 : 0,
  // One worker per core, each with one browser that gives every test a fresh context.
  workers: Math.max(1, availableParallelism()),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  globalSetup: './tests/e2e/support/globalSetup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: false },
    screenshot: 'only-on-failure',
    actionTimeout: STATE_HANG_MS,
    navigationTimeout: STATE_HANG_MS,
    // The service worker precaches the whole app and its 1.8 MB of clips on every first visit, about 3 s
    // of CPU per test that only the offline specs need; they allow it (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
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
      use: firefox(firefoxPrefs),
    },
    {
      name: 'firefox-emulated-media',
      grep: MEDIA_EMULATION,
      use: firefox({ ...firefoxPrefs, ...emulatedMediaPrefs }),
    },
  ],
  webServer: {
    // The production build, made once, served with the test clips (tests/engines/server/serveApp.ts).
    command: `npx vite build --logLevel warn && npx tsx tests/engines/server/serveApp.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
