#!/usr/bin/env node
// The card service's page for a card link (/t/<payload>: the app's index.html, kept in memory, plus the
// tape's tags) under load: autocannon for 10 s with 10 connections on loopback, against the service as
// `npm start` runs it (server/node.ts, one Node process, so one core for its JavaScript) serving dist/.
// Prints requests per second, latency, and requests per CPU-second of the service's process (read from
// /proc, Linux), which a busy shared machine does not stretch. Asserts nothing.
// Run: node scripts/bench/cardHtml.mjs (after a build: dist/ must hold the app)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const SECONDS = 10;
const CONNECTIONS = 10;
const CLOCK_TICKS = 100;
// A golden link of format 1 (tests/fixtures/share-links-v1.json): the Juno tape, reordered.
const PATH = '/t/1AF0KEwcCEwsBDgkDEgUMEAQKDQYRCA_Ieg';

/** CPU seconds process `pid` has used so far (user and system, /proc/<pid>/stat fields 14 and 15). */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

// node with tsx's loader rather than the tsx command, so the child is the server itself, whose CPU is read.
const server = spawn(process.execPath, ['--import', 'tsx', 'server/node.ts', 'dist'], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  const origin = await new Promise((resolve, reject) => {
    let said = '';
    server.stdout.on('data', (chunk) => {
      said += chunk;
      const port = /http:\/\/localhost:(\d+)\//.exec(said)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    server.once('exit', (code) => reject(new Error(`the card service stopped (${code}) before listening`)));
  });
  const first = await fetch(`${origin}${PATH}`);
  if (!first.ok || !(await first.text()).includes('og:title')) throw new Error('no card page to measure');

  const cpuBefore = cpuSeconds(server.pid);
  const result = await autocannon({ url: `${origin}${PATH}`, connections: CONNECTIONS, duration: SECONDS });
  const cpu = cpuSeconds(server.pid) - cpuBefore;
  const total = result.requests.total;
  console.log(
    `\nCard service, cached page of a card link, ${SECONDS} s × ${CONNECTIONS} connections on loopback`,
  );
  console.log(
    `  ${Math.round(result.requests.average)} requests/s (goal ≥ 2,000 on one core)   latency median ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms   non-2xx ${result.non2xx}, errors ${result.errors}`,
  );
  console.log(
    `  ${Math.round(total / cpu)} requests per CPU-second of the service (${cpu.toFixed(1)} CPU s for ${total})`,
  );
} finally {
  server.kill();
}
