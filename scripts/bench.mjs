#!/usr/bin/env node
// Prints the figures we track (never asserts timings): first-load bundle size, gzipped, against budget;
// lazy chunks; the stand-in clips on disk.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const JS_BUDGET_KB = 95;

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const firstLoad = new Set(
  [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
);
const assets = readdirSync(join(DIST, 'assets')).filter((f) => /\.(js|css)$/.test(f));

const rows = assets.map((file) => {
  const path = join(DIST, 'assets', file);
  return { file, raw: statSync(path).size, gzip: gz(path), first: firstLoad.has(`assets/${file}`) };
});
const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
const firstJs = rows.filter((r) => r.first && r.file.endsWith('.js'));
const firstCss = rows.filter((r) => r.first && r.file.endsWith('.css'));
const lazy = rows.filter((r) => !r.first);

console.log('\nBundle (production build, gzip -9)');
for (const r of rows.sort((a, b) => b.gzip - a.gzip)) {
  console.log(
    `  ${r.first ? 'first' : 'lazy '}  ${kb(r.gzip).padStart(7)} KB gz  ${kb(r.raw).padStart(7)} KB raw  ${r.file}`,
  );
}
const jsGz = sum(firstJs, 'gzip');
console.log(
  `\n  first-load JS   ${kb(jsGz)} KB gzipped (budget ${JS_BUDGET_KB} KB: ${jsGz <= JS_BUDGET_KB * 1024 ? 'within' : 'OVER'})`,
);
console.log(`  first-load CSS  ${kb(sum(firstCss, 'gzip'))} KB gzipped`);
console.log(`  lazy chunks     ${kb(sum(lazy, 'gzip'))} KB gzipped in ${lazy.length} files`);

const clipsDir = join('public', 'clips');
const clips = readdirSync(clipsDir).filter((f) => f.endsWith('.mp3'));
const sizes = clips.map((f) => statSync(join(clipsDir, f)).size);
console.log(
  `\nStand-in clips   ${clips.length} files, ${kb(sizes.reduce((a, b) => a + b, 0))} KB in all, largest ${kb(Math.max(...sizes))} KB (cap 150 KB)`,
);
