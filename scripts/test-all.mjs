#!/usr/bin/env node
// Runs every check the project has, in order, and ends with the one line CI reads: "N passed, N failed".
// Each step runs even when an earlier one failed, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'test-results';
const UNIT_REPORT = `${REPORTS}/unit-report.json`;
const E2E_REPORT = `${REPORTS}/e2e-report.json`;
const WEBKIT_REPORT = `${REPORTS}/webkit-report.json`;
const inCI = Boolean(process.env.CI);

rmSync(UNIT_REPORT, { force: true });
rmSync(E2E_REPORT, { force: true });
rmSync(WEBKIT_REPORT, { force: true });
mkdirSync(REPORTS, { recursive: true });

const run = (label, command, args) => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  console.log(
    `◀ ${label}: ${status === 0 ? 'ok' : `exit ${status}`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return status === 0;
};

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
};

const tally = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
/** Tests that failed once and passed on their retry: listed before the closing line, so none goes unseen. */
const retried = [];
const count = (label, passed, failed, skipped = 0) => {
  tally.passed += passed;
  tally.failed += failed;
  tally.skipped += skipped;
  lines.push(
    `${label.padEnd(10)} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
};

// Typecheck and lint are one check each: they pass or fail as a whole.
const typecheck = run('typecheck', 'npx', ['tsc', '-b']);
count('typecheck', typecheck ? 1 : 0, typecheck ? 0 : 1);
const lint = run('lint', 'npx', ['biome', 'ci', '--error-on-warnings', '.']);
count('lint', lint ? 1 : 0, lint ? 0 : 1);

const unitOk = run('unit + component (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${UNIT_REPORT}`,
]);
const unit = readJson(UNIT_REPORT);
if (unit) {
  count('vitest', unit.numPassedTests, unit.numFailedTests, unit.numPendingTests + unit.numTodoTests);
  if (!unitOk && unit.numFailedTests === 0) count('vitest run', 0, 1);
} else count('vitest', 0, 1);

// Playwright runs the end-to-end specs and the cross-engine journeys on two projects, Chromium and
// Firefox; its one JSON report is counted per project, so the summary shows each engine.
const e2eOk = run('end to end (playwright: chromium, firefox)', 'npx', ['playwright', 'test']);
const e2e = readJson(E2E_REPORT);
if (e2e?.suites) {
  const byProject = new Map();
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const tallied = byProject.get(t.projectName) ?? { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
        tallied[t.status] = (tallied[t.status] ?? 0) + 1;
        byProject.set(t.projectName, tallied);
        if (t.status === 'flaky') retried.push(`[${t.projectName}] ${[...titles, spec.title].join(' › ')}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, child.title ? [...titles, child.title] : titles);
  };
  for (const suite of e2e.suites) walk(suite, [suite.title]);
  let unexpectedAll = 0;
  for (const [project, { expected, unexpected, flaky, skipped }] of byProject) {
    count(project, expected + flaky, unexpected, skipped);
    if (flaky) lines.push(`           (${flaky} passed only on retry: see test-results/e2e)`);
    unexpectedAll += unexpected;
  }
  if (byProject.size === 0) count('playwright', 0, 1);
  if (!e2eOk && unexpectedAll === 0) count('e2e run', 0, 1);
} else count('playwright', 0, 1);

// WebKit: the same journeys through selenium-webdriver and WebKitWebDriver. MiniBrowser has no headless
// mode, so it gets a virtual display. dist/ was just built by Playwright's web server.
const webkitArgs = ['tsx', 'tests/engines/webkit/run.ts', '--no-build'];
const webkitOk = process.env.DISPLAY
  ? run('journeys (webkit)', 'npx', webkitArgs)
  : run('journeys (webkit)', 'xvfb-run', ['-a', '-s', '-screen 0 1440x1440x24', 'npx', ...webkitArgs]);
const webkit = readJson(WEBKIT_REPORT);
if (webkit) {
  count('webkit', webkit.passed, webkit.failed);
  if (webkit.flaky) lines.push(`           (${webkit.flaky} passed only on retry: see ${WEBKIT_REPORT})`);
  for (const r of webkit.results ?? []) if (r.status === 'flaky') retried.push(`[webkit] ${r.name}`);
  if (!webkitOk && webkit.failed === 0) count('webkit run', 0, 1);
} else count('webkit', 0, 1);

// A skipped test in CI is a test that did not run: it must not pass unnoticed.
if (inCI && tally.skipped > 0) {
  lines.push(`${tally.skipped} skipped in CI: counted as failed`);
  tally.failed += tally.skipped;
  tally.skipped = 0;
}

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
if (!existsSync(E2E_REPORT)) console.log('  (no Playwright report was written: did the browser start?)');
if (!existsSync(WEBKIT_REPORT))
  console.log('  (no WebKit report was written: is webkit2gtk-driver installed?)');
console.log(
  retried.length === 0
    ? '\nNo test needed a retry.'
    : `\n${retried.length} passed only on their retry (flaky: find out why):\n${retried.map((t) => `  ${t}`).join('\n')}`,
);
console.log(
  `${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`,
);
process.exit(tally.failed > 0 ? 1 : 0);
