import { spawnSync } from 'node:child_process';

/** Seconds of the quiet test clips: far longer than any journey, however slow the machine. */
export const QUIET_SECONDS = 600;

/** The first quiet clip's address, as a journey matches it. */
export const QUIET_A = /\/test-clips\/quiet-600s\.mp3$/;
export const QUIET_B = /\/test-clips\/quiet-601s\.mp3$/;
/** The stalling clip of the stall tape: it stops arriving 14 s in (server/stallingClip.ts). */
export const STALLING = /\/test-clips\/stall-14s\/quiet-60s\.mp3$/;

/** Share links (path and hash) to the test tapes that testLinks.ts describes. */
export interface TestLinks {
  readonly missing: string;
  readonly quiet: string;
  readonly stall: string;
}

const made = new Map<string, TestLinks>();

/** The test tapes' links for the app at `baseUrl`, made once per process (a tsx start costs a second). */
export function testLinks(baseUrl: string): TestLinks {
  const known = made.get(baseUrl);
  if (known) return known;
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', new URL('./testLinks.ts', import.meta.url).pathname, baseUrl],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`could not make the test links: ${run.stderr || run.stdout}`);
  const links = JSON.parse(run.stdout) as TestLinks;
  if (![links.missing, links.quiet, links.stall].every((link) => link?.startsWith('/#'))) {
    throw new Error(`not share links: ${run.stdout}`);
  }
  made.set(baseUrl, links);
  return links;
}
