// The Worker build (server/buildWorker.ts) in workerd, the Workers runtime, through Miniflare: the same
// routes as on Node, with the app's files from static assets as wrangler.toml configures them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildWorker } from '../../server/buildWorker';
import { checkRoutes, TEST_INDEX_HTML } from './routeChecks';

describe('the card service on Cloudflare Workers (workerd)', () => {
  let worker: Miniflare | undefined;
  const folder = mkdtempSync(join(tmpdir(), 'mixtape-worker-'));

  beforeAll(async () => {
    const built = await buildWorker(join(folder, 'worker'));
    const assets = join(folder, 'assets');
    mkdirSync(assets);
    writeFileSync(join(assets, 'index.html'), TEST_INDEX_HTML);
    worker = new Miniflare({
      modules: true,
      scriptPath: join(built, 'worker.js'),
      modulesRoot: built,
      // As wrangler.toml's [[rules]]: the WebAssembly compiled at load, the font as bytes.
      modulesRules: [
        { type: 'CompiledWasm', include: ['**/*.wasm'] },
        { type: 'Data', include: ['**/*.ttf'] },
      ],
      compatibilityDate: '2025-09-01',
      assets: {
        directory: assets,
        binding: 'ASSETS',
        assetConfig: { not_found_handling: 'single-page-application' },
        routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true },
      },
    });
    await worker.ready;
  });
  afterAll(async () => {
    await worker?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  checkRoutes(
    () => async (path, init) => {
      if (!worker) throw new Error('workerd did not start');
      // Miniflare's fetch takes its own RequestInit (undici's); a plain one's fields are the same.
      const response = await worker.dispatchFetch(`http://cards.test${path}`, {
        headers: [...new Headers(init?.headers)],
      });
      return new Response(await response.arrayBuffer(), {
        status: response.status,
        headers: [...response.headers],
      });
    },
    { longUrlStatus: 431 },
  );
});
