#!/usr/bin/env node
// The silence between one clip's end and the next one's start, measured in Chromium on the production
// build (dist/, built by `npm run bench`): the media elements' own `ended` and `playing` events.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const PORT = 4179;
const TRANSITIONS = 4;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(PORT)],
  {
    stdio: 'ignore',
    detached: true,
  },
);
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const log = [];
    window.__gapLog = log;
    const seen = new WeakSet();
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function () {
      if (!seen.has(this)) {
        seen.add(this);
        for (const type of ['ended', 'playing']) {
          this.addEventListener(type, () => log.push({ type, src: this.currentSrc, t: performance.now() }));
        }
      }
      return play.call(this);
    };
  });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const gaps = [];
  for (let n = 1; n <= TRANSITIONS; n += 1) {
    const clip = `j${String(n).padStart(2, '0')}.mp3`;
    const next = `j${String(n + 1).padStart(2, '0')}.mp3`;
    // Jump to 3 s before the end with the seek slider, then let the clip run out by itself.
    await page.waitForFunction(
      (c) => window.__gapLog.some((e) => e.type === 'playing' && e.src.endsWith(c)),
      clip,
    );
    const seek = page.getByRole('slider', { name: 'Seek' });
    const max = Number(await seek.getAttribute('max'));
    await seek.fill(String(Math.max(0, Math.floor(max - 3))));
    await page.waitForFunction(
      (c) => window.__gapLog.some((e) => e.type === 'playing' && e.src.endsWith(c)),
      next,
      { timeout: 15_000 },
    );
    const log = await page.evaluate(() => window.__gapLog);
    const ended = log.find((e) => e.type === 'ended' && e.src.endsWith(clip));
    const started = log.find((e) => e.type === 'playing' && e.src.endsWith(next));
    if (ended && started) gaps.push(started.t - ended.t);
  }
  await browser.close();
  console.log('\nGap between clips (Chromium, crossfade off, next clip preloaded)');
  console.log(`  ${gaps.map((g) => `${g.toFixed(1)} ms`).join(', ')}`);
  console.log(
    `  median ${median(gaps).toFixed(1)} ms (goal < 50 ms), from the end event of one clip to the playing event of the next`,
  );
} finally {
  stopServer();
}
