#!/usr/bin/env node
// Measures flakiness: runs the end-to-end suites K times with no retries, then prints for every test how
// many of its K runs passed and its median duration, and the whole run's wall time. Not part of `npm test`.
//
//   npm run test:repeat -- [K=3] [--engines chromium,firefox,firefox-emulated-media,webkit] [--grep TEXT]
//
// Playwright runs its projects with --repeat-each K (one build, one server); WebKit runs each journey K
// times (tests/engines/webkit/run.ts --repeat K). Reports go to test-results/repeat/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const K = Number(args.find((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith('--')) ?? 3);
const ENGINES = (option('--engines') ?? 'chromium,firefox,firefox-emulated-media,webkit').split(',');
const GREP = option('--grep');
const DIR = 'test-results/repeat';
const E2E_REPORT = `${DIR}/e2e.json`;
const WEBKIT_REPORT = `${DIR}/webkit.json`;

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const started = Date.now();
const stages = [];

const run = (label, command, commandArgs, env = {}) => {
  console.log(`\n▶ ${label}: ${command} ${commandArgs.join(' ')}`);
  const at = Date.now();
  spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  stages.push(`${label} ${((Date.now() - at) / 1000).toFixed(0)} s`);
};

/** name → { runs, passed, seconds[] } */
const byTest = new Map();
const record = (name, ok, seconds) => {
  const t = byTest.get(name) ?? { runs: 0, passed: 0, seconds: [] };
  t.runs += 1;
  if (ok) t.passed += 1;
  t.seconds.push(seconds);
  byTest.set(name, t);
};

const projects = ENGINES.filter((e) => e !== 'webkit');
if (projects.length > 0) {
  run(
    'playwright',
    'npx',
    [
      'playwright',
      'test',
      `--repeat-each=${K}`,
      '--retries=0',
      '--reporter=dot,json',
      ...projects.map((p) => `--project=${p}`),
      ...(GREP ? ['--grep', GREP] : []),
    ],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: E2E_REPORT },
  );
  try {
    const report = JSON.parse(readFileSync(E2E_REPORT, 'utf8'));
    const walk = (suite, titles) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests ?? []) {
          const name = `[${t.projectName}] ${[...titles, spec.title].join(' › ')}`;
          for (const r of t.results ?? []) record(name, r.status === 'passed', r.duration / 1000);
          // A test that never started (the run stopped) counts as a failed run.
          if ((t.results ?? []).length === 0) record(name, false, 0);
        }
      }
      for (const child of suite.suites ?? []) walk(child, child.title ? [...titles, child.title] : titles);
    };
    for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  } catch (error) {
    console.error(`no Playwright report: ${error.message}`);
  }
}

if (ENGINES.includes('webkit')) {
  const webkitArgs = ['tsx', 'tests/engines/webkit/run.ts', '--repeat', String(K), '--report', WEBKIT_REPORT];
  if (projects.length > 0) webkitArgs.push('--no-build');
  run(
    'webkit',
    ...(process.env.DISPLAY
      ? ['npx', webkitArgs]
      : ['xvfb-run', ['-a', '-s', '-screen 0 1440x1440x24', 'npx', ...webkitArgs]]),
    GREP ? { MIXTAPE_JOURNEYS: GREP } : {},
  );
  try {
    const report = JSON.parse(readFileSync(WEBKIT_REPORT, 'utf8'));
    for (const r of report.results) record(`[webkit] ${r.name}`, r.status === 'passed', r.seconds);
  } catch (error) {
    console.error(`no WebKit report: ${error.message}`);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const rows = [...byTest.entries()].sort(([a], [b]) => a.localeCompare(b));
console.log(`\n| test | passed of ${K} | median s |\n| --- | --- | --- |`);
for (const [name, t] of rows) {
  console.log(`| ${name.replaceAll('|', '\\|')} | ${t.passed}/${t.runs} | ${median(t.seconds).toFixed(1)} |`);
}
const flaky = rows.filter(([, t]) => t.passed < t.runs);
const wall = (Date.now() - started) / 1000;
console.log(
  `\n${rows.length} tests × ${K}: ${rows.length - flaky.length} passed every run, ${flaky.length} did not`,
);
console.log(
  `stages: ${stages.join(', ')}; wall time ${Math.floor(wall / 60)} min ${Math.round(wall % 60)} s`,
);
process.exit(flaky.length === 0 && rows.length > 0 ? 0 : 1);
