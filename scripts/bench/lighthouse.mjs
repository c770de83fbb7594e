#!/usr/bin/env node
// Lighthouse scores for the production build (dist/), served on this machine and audited in Debian's
// Chromium: no request leaves the machine. Mobile form factor with Lighthouse's simulated throttling.
//
// Scores move from run to run (more so while other work loads the machine), so it audits LH_RUNS times
// (default 5) and prints the medians. LH_PORT and LH_DEBUG_PORT choose the ports (defaults 4180 and
// 9333), LH_DIST another build to audit (default dist), LH_JSON=dir keeps each run's full report, and
// LH_DEBUG=1 prints where the main thread's time went. LH_PAGE audits another page of the build (a path with
// its query and fragment, e.g. the embed player `/embed.html#<payload>`), LH_CATEGORIES other categories
// (comma-separated), and LH_TITLE names what is audited in the printed heading. LH_BEFORE=dir audits an
// older build too, runs alternating with this one's, and prints both (before and after in one run).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launchChromium, startPreview } from './browser.mjs';

const PORT = Number(process.env.LH_PORT ?? 4180);
const DEBUG_PORT = Number(process.env.LH_DEBUG_PORT ?? 9333);
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 5));
const CATEGORIES = (process.env.LH_CATEGORIES ?? 'performance,accessibility,best-practices,seo').split(',');
const PAGE = process.env.LH_PAGE ?? '';
const TITLE = process.env.LH_TITLE ?? 'production build';
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const builds = [
  ...(process.env.LH_BEFORE ? [{ name: 'before', dir: process.env.LH_BEFORE, port: PORT + 1 }] : []),
  { name: process.env.LH_BEFORE ? 'after' : '', dir: process.env.LH_DIST ?? 'dist', port: PORT },
];
const previews = [];
try {
  for (const build of builds) {
    build.preview = await startPreview(build.port, build.dir);
    previews.push(build.preview);
    build.reports = [];
  }
  for (let run = 0; run < RUNS; run += 1) for (const build of builds) await audit(build, run);
} finally {
  for (const preview of previews) preview.stop();
}
for (const build of builds) summarise(build.reports, build.name ? `${TITLE}, ${build.name}` : TITLE);

/** One Lighthouse run in a fresh Chromium, its scores printed and its report kept in `build.reports`. */
async function audit(build, run) {
  const { preview, reports } = build;
  const label = build.name ? `${build.name} ` : '';
  const browser = await launchChromium([`--remote-debugging-port=${DEBUG_PORT}`]);
  try {
    const result = await lighthouse(`${preview.url}${PAGE}`, {
      port: DEBUG_PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    reports.push(lhr);
    if (process.env.LH_JSON) {
      mkdirSync(process.env.LH_JSON, { recursive: true });
      writeFileSync(
        join(process.env.LH_JSON, `${label.trim() || 'run'}-${run + 1}.json`),
        JSON.stringify(lhr),
      );
    }
    const scores = CATEGORIES.map(
      (id) => `${lhr.categories[id]?.title ?? id} ${Math.round((lhr.categories[id]?.score ?? 0) * 100)}`,
    );
    const tbt = Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0);
    console.log(`  ${label}run ${run + 1}/${RUNS}: ${scores.join(', ')}, TBT ${tbt} ms`);
    if (process.env.LH_DEBUG) {
      const rows = (id) => lhr.audits[id]?.details?.items ?? [];
      console.log(
        '    work:',
        rows('mainthread-work-breakdown')
          .map((i) => `${i.groupLabel ?? i.group} ${Math.round(i.duration)}`)
          .join(', '),
      );
      console.log(
        '    long tasks:',
        rows('long-tasks')
          .map((i) => `${Math.round(i.startTime)}+${Math.round(i.duration)}`)
          .join(', '),
      );
    }
  } finally {
    await browser.close();
  }
}

/** Prints the medians (and ranges) of `reports` under a heading naming `title`. */
function summarise(reports, title) {
  console.log(`\nLighthouse (${title}, local, mobile, simulated throttling; median of ${RUNS})`);
  for (const id of CATEGORIES) {
    const title = reports[0].categories[id]?.title ?? id;
    const scores = reports.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100));
    const range =
      Math.min(...scores) === Math.max(...scores) ? '' : ` (${Math.min(...scores)}–${Math.max(...scores)})`;
    console.log(`  ${title.padEnd(16)} ${median(scores)}${range}`);
  }
  const failing = new Set(
    reports.flatMap((lhr) =>
      Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 0.9 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => a.id),
    ),
  );
  if (failing.size) console.log(`  below 0.9 in some run: ${[...failing].join(', ')}`);
  // Timings come with the performance category only.
  for (const id of CATEGORIES.includes('performance') ? METRICS : []) {
    const values = reports.map((r) => r.audits[id]?.numericValue ?? 0);
    const value = median(values);
    const shown = id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`;
    console.log(`  ${id.padEnd(26)} ${shown}`);
  }
}
