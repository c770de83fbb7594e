#!/usr/bin/env node
// The silence between one clip's end and the next one's start, measured in Chromium on the production
// build (dist/, built by `npm run bench`): the media elements' own `ended` and `playing` events.
import { launchChromium, startPreview } from './browser.mjs';

const PORT = 4179;
const TRANSITIONS = 4;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const preview = await startPreview(PORT);
try {
  const browser = await launchChromium();
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
  await page.goto(preview.url);
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
  preview.stop();
}
