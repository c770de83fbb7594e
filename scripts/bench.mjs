#!/usr/bin/env node
// Prints the figures we track; timings are never asserted anywhere. Builds first, so the numbers
// are always those of the code as it is.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JS_BUDGET_BYTES, measureBundle } from './bundle-size.mjs';

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const kb = (bytes) => (bytes / 1024).toFixed(1);
const bundle = measureBundle('dist');

console.log('\nBundle (production build, gzip -9)');
for (const f of [...bundle.files].sort((a, b) => b.gzip - a.gzip)) {
  console.log(
    `  ${f.firstLoad ? 'first' : 'lazy '}  ${kb(f.gzip).padStart(7)} KB gz  ${kb(f.raw).padStart(7)} KB raw  ${f.file}`,
  );
}
const within = bundle.firstLoadJs <= JS_BUDGET_BYTES ? 'within' : 'OVER';
console.log(
  `\n  first-load JS   ${kb(bundle.firstLoadJs)} KB gzipped (budget ${kb(JS_BUDGET_BYTES)} KB: ${within})`,
);
console.log(`  first-load CSS  ${kb(bundle.firstLoadCss)} KB gzipped`);
console.log(`  lazy chunks     ${kb(bundle.lazy)} KB gzipped`);

const clipsDir = join('public', 'clips');
const sizes = readdirSync(clipsDir)
  .filter((f) => f.endsWith('.mp3'))
  .map((f) => statSync(join(clipsDir, f)).size);
console.log(
  `\nStand-in clips   ${sizes.length} files, ${kb(sizes.reduce((a, b) => a + b, 0))} KB in all, largest ${kb(Math.max(...sizes))} KB (cap 150 KB)`,
);

// The benches that need the app's own TypeScript (store, codec, components) run under tsx.
for (const bench of ['scripts/bench/tracklist.ts', 'scripts/bench/share.ts']) {
  const run = spawnSync('npx', ['tsx', '--tsconfig', 'tsconfig.app.json', bench], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

// Audio in a real browser: the gap between clips, on the build above.
const gap = spawnSync('node', ['scripts/bench/gap.mjs'], { stdio: 'inherit' });
if (gap.status !== 0) process.exit(gap.status ?? 1);

// What a playing tape costs the machine: CPU while idle, playing, and playing with the reels still.
const cpu = spawnSync('node', ['scripts/bench/playingCpu.mjs'], { stdio: 'inherit' });
if (cpu.status !== 0) process.exit(cpu.status ?? 1);

// Lighthouse against the same build, in Debian's Chromium, nothing leaving the machine.
const lighthouseRun = spawnSync('node', ['scripts/bench/lighthouse.mjs'], { stdio: 'inherit' });
if (lighthouseRun.status !== 0) process.exit(lighthouseRun.status ?? 1);
