#!/usr/bin/env node
// Prints the figures we track; timings are never asserted anywhere. Builds first, so the numbers
// are always those of the code as it is. Everything printed is also written to docs/bench-latest.md, the
// one place the docs take a figure from, so two pages can never quote two figures for one thing.
import { execSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { EMBED_JS_BUDGET_BYTES, JS_BUDGET_BYTES, measureBundle } from './bundle-size.mjs';

// The machine's load when the bench starts: timings on a busy shared machine run long, and say so.
const loadAtStart = loadavg()[0].toFixed(1);
const printed = [];
/** Prints a line and keeps it for docs/bench-latest.md. */
function say(line = '') {
  console.log(line);
  printed.push(line);
}
/** Runs one bench script, printing its output as it comes and keeping it; stops the bench if it fails. */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  process.stdout.write(result.stdout ?? '');
  printed.push(...(result.stdout ?? '').trimEnd().split('\n'));
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const kb = (bytes) => (bytes / 1024).toFixed(1);
const bundle = measureBundle('dist');

say('\nBundle (production build, gzip -9)');
for (const f of [...bundle.files].sort((a, b) => b.gzip - a.gzip)) {
  say(
    `  ${f.firstLoad ? 'first' : 'lazy '}  ${kb(f.gzip).padStart(7)} KB gz  ${kb(f.raw).padStart(7)} KB raw  ${f.file}`,
  );
}
const within = bundle.firstLoadJs <= JS_BUDGET_BYTES ? 'within' : 'OVER';
say(`\n  first-load JS   ${kb(bundle.firstLoadJs)} KB gzipped (budget ${kb(JS_BUDGET_BYTES)} KB: ${within})`);
say(`  first-load CSS  ${kb(bundle.firstLoadCss)} KB gzipped`);
say(`  lazy chunks     ${kb(bundle.lazy)} KB gzipped`);
// The embed player (embed.html), a page of its own with its own chunks (embed/).
const embed = measureBundle('dist', 'embed.html');
const embedWithin = embed.firstLoadJs <= EMBED_JS_BUDGET_BYTES ? 'within' : 'OVER';
say(
  `  embedFirstLoadJs ${kb(embed.firstLoadJs)} KB gzipped (budget ${kb(EMBED_JS_BUDGET_BYTES)} KB: ${embedWithin}), CSS ${kb(embed.firstLoadCss)} KB, lazy ${kb(embed.lazy)} KB`,
);

const clipsDir = join('public', 'clips');
const sizes = readdirSync(clipsDir)
  .filter((f) => f.endsWith('.mp3'))
  .map((f) => statSync(join(clipsDir, f)).size);
say(
  `\nStand-in clips   ${sizes.length} files, ${kb(sizes.reduce((a, b) => a + b, 0))} KB in all, largest ${kb(Math.max(...sizes))} KB (cap 150 KB)`,
);

// The benches that need the app's own TypeScript (store, codec, components) run under tsx.
for (const bench of ['scripts/bench/tracklist.ts', 'scripts/bench/share.ts', 'scripts/bench/matching.ts']) {
  run('npx', ['tsx', '--tsconfig', 'tsconfig.app.json', bench]);
}

// The card service (server/): drawing a card picture, and its page for a card link under load.
run('npx', ['tsx', '--tsconfig', 'tsconfig.server.json', 'scripts/bench/cardRender.ts']);
run('node', ['scripts/bench/cardHtml.mjs']);

// Audio in a real browser: the gap between clips, on the build above.
run('node', ['scripts/bench/gap.mjs']);

// From a press to sound: first Play, Play after Pause, Next, a tracklist row (Chromium), first Play
// (Firefox ESR), and the media elements left after 20 Next presses. PRESS_BEFORE=dir adds an older build.
run('npx', ['tsx', 'scripts/bench/pressToSound.mjs']);

// What a playing tape costs the machine: CPU while idle, playing, and playing with the reels still.
run('node', ['scripts/bench/playingCpu.mjs']);

// Lighthouse against the same build, in Debian's Chromium, nothing leaving the machine.
run('node', ['scripts/bench/lighthouse.mjs']);
// And the embed player on the Juno tape with its tracklist open, the page a host's frame loads (issue 16).
const junoPayload = execSync('npx tsx --tsconfig tsconfig.app.json scripts/bench/junoPayload.ts', {
  encoding: 'utf8',
});
run('node', ['scripts/bench/lighthouse.mjs'], {
  LH_PAGE: `/embed.html?tracklist=open#${junoPayload}`,
  LH_CATEGORIES: 'accessibility,best-practices',
  LH_TITLE: 'embed player, Juno tape',
  LH_RUNS: '1',
});

const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
const dirty = execSync('git status --porcelain', { encoding: 'utf8' }).trim()
  ? ' plus uncommitted changes'
  : '';
writeFileSync(
  join('docs', 'bench-latest.md'),
  `# Latest bench figures\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, at commit ${commit}${dirty}, on a ${availableParallelism()}-core machine whose load average was ${loadAtStart} when it started. What each figure means: [bench.md](bench.md).\n\n\`\`\`text\n${printed.join('\n').trim()}\n\`\`\`\n`,
);
console.log('\nWritten to docs/bench-latest.md');
