#!/usr/bin/env node
// Lighthouse scores for the production build (dist/), served on this machine and audited in Debian's
// Chromium: no request leaves the machine. Mobile form factor with Lighthouse's simulated throttling.
import lighthouse from 'lighthouse';
import { launchChromium, startPreview } from './browser.mjs';

const PORT = 4180;
const DEBUG_PORT = 9333;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const preview = await startPreview(PORT);
let browser;
try {
  browser = await launchChromium([`--remote-debugging-port=${DEBUG_PORT}`]);
  const result = await lighthouse(preview.url, {
    port: DEBUG_PORT,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error('Lighthouse returned no report');
  console.log('\nLighthouse (production build, local, mobile, simulated throttling)');
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    console.log(`  ${(category?.title ?? id).padEnd(16)} ${Math.round((category?.score ?? 0) * 100)}`);
  }
  const failing = Object.values(lhr.audits).filter(
    (a) =>
      a.score !== null &&
      a.score < 0.9 &&
      a.scoreDisplayMode !== 'informative' &&
      a.scoreDisplayMode !== 'manual',
  );
  if (failing.length) console.log(`  below 0.9: ${failing.map((a) => a.id).join(', ')}`);
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'speed-index',
  ])
    console.log(`  ${id.padEnd(26)} ${lhr.audits[id]?.displayValue ?? ''}`);
  if (process.env.LH_DEBUG)
    console.log(
      JSON.stringify(
        {
          bootup: lhr.audits['bootup-time']?.details,
          work: lhr.audits['mainthread-work-breakdown']?.details,
          bf: lhr.audits['bf-cache']?.details,
        },
        null,
        1,
      ).slice(0, 3000),
    );
} finally {
  await browser?.close();
  preview.stop();
}
