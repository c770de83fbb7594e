// What the browser benches share: the production build served locally, and Debian's Chromium with the
// flags that work on these machines (scripts/chromium-flags.mjs, shared with the end-to-end tests).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../chromium-flags.mjs';

/** Serves `outDir` (dist/) on 127.0.0.1:`port` and resolves once it answers; `stop()` ends the server. */
export async function startPreview(port, outDir = 'dist') {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port), '--outDir', outDir],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return { url: `http://127.0.0.1:${port}/`, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('vite preview did not start');
}

export function launchChromium(extraFlags = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...extraFlags, ...CHROMIUM_FLAGS],
  });
}
