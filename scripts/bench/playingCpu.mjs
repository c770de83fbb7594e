#!/usr/bin/env node
// What a playing tape costs the machine: CPU seconds that headless Chromium (every process it started)
// spends over 10 s of the Juno tape sitting idle, playing, and playing with reduced motion (reels still).
// Read from /proc (Linux), so it counts work done, whatever else the machine is doing; the median of 3
// fresh pages for each. The reels' share is the difference between the last two. CPU_DIST measures
// another build (say, an older commit's) instead of dist/.
import { readdirSync, readFileSync } from 'node:fs';
import { launchChromium, startPreview } from './browser.mjs';

const PORT = 4181;
const SECONDS = 10;
const ROUNDS = 3;
const CLOCK_TICKS = 100;

/** CPU seconds used so far by the live processes whose command line names `profile`. */
function cpuSeconds(profile) {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / CLOCK_TICKS;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const profiles = () => readdirSync('/tmp').filter((d) => d.startsWith('playwright_chromiumdev_profile-'));
const preview = await startPreview(PORT, process.env.CPU_DIST ?? 'dist');
const before = new Set(profiles());
const browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
try {
  // Playwright gives each Chromium a profile directory of its own, named on every process's command line.
  const profile = profiles().find((d) => !before.has(d));
  if (!profile) throw new Error('could not tell which Chromium processes are this bench’s');
  const figures = {};
  for (const mode of ['idle', 'playing', 'playing, reels still']) {
    const used = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const context = await browser.newContext({
        serviceWorkers: 'block',
        reducedMotion: mode.endsWith('still') ? 'reduce' : 'no-preference',
      });
      const page = await context.newPage();
      await page.goto(preview.url);
      await page.locator('[aria-roledescription=sortable]').first().waitFor();
      if (mode !== 'idle') {
        await page.getByRole('button', { name: 'Play', exact: true }).click();
        await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
      }
      const from = cpuSeconds(profile);
      await page.waitForFunction(
        (ms) => new Promise((resolve) => setTimeout(() => resolve(true), ms)),
        SECONDS * 1000,
      );
      used.push(cpuSeconds(profile) - from);
      await context.close();
    }
    figures[mode] = median(used);
  }
  const line = Object.entries(figures)
    .map(([mode, s]) => `${mode} ${s.toFixed(1)}`)
    .join(', ');
  console.log(`\nCPU of a tape in headless Chromium, s per ${SECONDS} s (median of ${ROUNDS})   ${line}`);
} finally {
  await browser.close();
  preview.stop();
}
