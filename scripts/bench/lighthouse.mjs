#!/usr/bin/env node
// Lighthouse scores for the production build (dist/), served on this machine and audited in Debian's
// Chromium: no request leaves the machine. Mobile form factor with Lighthouse's simulated throttling.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';

const PORT = 4180;
const DEBUG_PORT = 9333;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

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

let browser;
try {
  await waitForServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      `--remote-debugging-port=${DEBUG_PORT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const result = await lighthouse(`http://127.0.0.1:${PORT}/`, {
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
  stopServer();
}
