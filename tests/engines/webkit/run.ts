// Runs the cross-engine journeys in WebKitGTK: WebKitWebDriver drives MiniBrowser (--automation)
// through selenium-webdriver. Needs a display (MiniBrowser has no headless mode and hangs without one):
// `npm run test:webkit` runs it under `xvfb-run -a`. Writes test-results/webkit-report.json, which
// scripts/test-all.mjs adds to the closing line.
//
//   MIXTAPE_E2E_PORT  port of the app (default 4173); a server already there is reused unless CI is set
//   --no-build        serve the dist/ that is there (test-all.mjs has just built it for Playwright)
//   MIXTAPE_JOURNEYS  run only the journeys whose name contains this text
//   --repeat K        run each journey K times, with no retry, and report every run (scripts/test-repeat.mjs)
//   --report FILE     write the report there instead of test-results/webkit-report.json
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { Builder, type WebDriver } from 'selenium-webdriver';
import { startAudioSink } from '../audioSink';
import { JOURNEYS, type Journey } from '../journeys';
import { seleniumDriver } from '../seleniumDriver';
import { serveApp } from '../server/serveApp';

const PORT = Number(process.env.MIXTAPE_E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};
const REPORT = flag('--report') ?? 'test-results/webkit-report.json';
const REPEAT = Math.max(1, Number(flag('--repeat') ?? 1));
const inCI = Boolean(process.env.CI);
/** A guard against hangs, far above what a journey needs on a busy machine (see playwright.config.ts). */
const JOURNEY_TIMEOUT_MS = 180_000;
/** A retry is a guard too; repeated runs measure flakiness, so they get none. */
const ATTEMPTS = inCI && REPEAT === 1 ? 2 : 1;
const MINIBROWSER = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
].find((path): path is string => Boolean(path && existsSync(path)));
const VITE = 'node_modules/vite/bin/vite.js';

interface Result {
  readonly name: string;
  readonly status: 'passed' | 'flaky' | 'failed';
  readonly attempts: number;
  readonly seconds: number;
  readonly error?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

async function waitUntilReachable(url: string, ms: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await reachable(url))) {
    if (child?.exitCode != null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${ms / 1000} s`);
    await sleep(200);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Ends a process we started and everything it started (its own process group), by its PID. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const killed = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
  if (!killed) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }
}

/** The app, as Playwright's webServer serves it: a production build on 127.0.0.1, with the test clips. */
async function startApp(): Promise<{ close(): Promise<void> } | null> {
  if (!inCI && (await reachable(BASE_URL))) {
    console.log(`webkit: reusing the app at ${BASE_URL}`);
    return null;
  }
  if (!(process.argv.includes('--no-build') && existsSync('dist/index.html'))) {
    const built = spawnSync(process.execPath, [VITE, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const server = await serveApp(PORT);
  await waitUntilReachable(BASE_URL, 60_000);
  return server;
}

/** A fresh WebKitWebDriver and MiniBrowser for each attempt: nothing stored, nothing left hanging. */
async function session(): Promise<{ driver: WebDriver; webdriver: ChildProcess; version: string }> {
  if (!MINIBROWSER) throw new Error('MiniBrowser not found: apt-get install webkit2gtk-driver');
  const port = await freePort();
  const webdriver = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'ignore'],
    detached: true,
  });
  try {
    await waitUntilReachable(`http://127.0.0.1:${port}/status`, 10_000, webdriver);
    const driver = await withTimeout(
      new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary: MINIBROWSER,
            // The strict policy a first visit meets in Safari: no sound before a user gesture.
            args: ['--automation', '--autoplay-policy=deny'],
          },
        })
        .build(),
      20_000,
      'starting MiniBrowser',
    );
    await driver.manage().setTimeouts({ script: 10_000, pageLoad: 20_000, implicit: 0 });
    await driver.manage().window().setRect({ width: 1280, height: 1000 });
    const version = String((await driver.getCapabilities()).get('browserVersion') ?? 'unknown');
    return { driver, webdriver, version };
  } catch (error) {
    await stop(webdriver);
    throw error;
  }
}

let webkitVersion = 'unknown';

async function attempt(journey: Journey): Promise<void> {
  const { driver, webdriver, version } = await session();
  webkitVersion = version;
  const app = seleniumDriver(driver, BASE_URL);
  try {
    await withTimeout(journey.run(app, BASE_URL), JOURNEY_TIMEOUT_MS, 'the journey');
  } finally {
    await withTimeout(app.close(), 10_000, 'closing MiniBrowser').catch(() => {});
    await stop(webdriver);
  }
}

async function main(): Promise<number> {
  mkdirSync(dirname(REPORT), { recursive: true });
  if (!process.env.DISPLAY) {
    console.error('webkit: no display; run under xvfb-run -a (npm run test:webkit)');
    return 1;
  }
  const stopSink = await startAudioSink();
  let server: { close(): Promise<void> } | null = null;
  const results: Result[] = [];
  try {
    server = await startApp();
    const only = process.env.MIXTAPE_JOURNEYS;
    const chosen = JOURNEYS.filter((j) => !only || j.name.includes(only));
    for (const journey of chosen.flatMap((j) => Array.from({ length: REPEAT }, () => j))) {
      const started = Date.now();
      let error: string | undefined;
      let attempts = 0;
      while (attempts < ATTEMPTS) {
        attempts += 1;
        try {
          await attempt(journey);
          error = undefined;
          break;
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
          console.log(`  ✘ [webkit] ${journey.name}, attempt ${attempts}: ${error}`);
        }
      }
      const seconds = (Date.now() - started) / 1000;
      const status = error ? 'failed' : attempts > 1 ? 'flaky' : 'passed';
      results.push({ name: journey.name, status, attempts, seconds, ...(error ? { error } : {}) });
      console.log(`  ${error ? '✘' : '✓'} [webkit] ${journey.name} (${seconds.toFixed(1)}s)`);
    }
  } catch (e) {
    // The runner itself could not run (no server, no browser): one failure that says why.
    const error = e instanceof Error ? e.message : String(e);
    console.error(`webkit: ${error}`);
    results.push({ name: 'WebKit runner', status: 'failed', attempts: 1, seconds: 0, error });
  } finally {
    await server?.close();
    await stopSink();
  }
  const passed = results.filter((r) => r.status !== 'failed').length;
  const failed = results.length - passed;
  const flaky = results.filter((r) => r.status === 'flaky').length;
  writeFileSync(
    REPORT,
    `${JSON.stringify({ engine: 'webkit', version: webkitVersion, passed, failed, flaky, results }, null, 2)}\n`,
  );
  console.log(
    `\nWebKitGTK ${webkitVersion}: ${passed} passed, ${failed} failed${flaky ? ` (${flaky} flaky)` : ''}`,
  );
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
