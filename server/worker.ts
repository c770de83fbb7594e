// The card service on Cloudflare Workers (wrangler.toml): the same service as on Node (node.ts), with the
// app's files from the Worker's static assets. The WebAssembly and the font are modules of the Worker
// itself, as Workers allow no WebAssembly compiled from bytes at run time and no file system.

import caveat from '@expo-google-fonts/caveat/700Bold/Caveat_700Bold.ttf';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import type { Hono } from 'hono';
import layoutWasm from 'satori/yoga.wasm';
import { createCardService } from './app';
import { cardRenderer } from './cardImage';

/** The static-assets binding (wrangler.toml's `[assets] binding`): the built app, dist/. */
export interface WorkerEnv {
  readonly ASSETS: { fetch(request: Request): Promise<Response> };
}

const renderCard = cardRenderer({ layoutWasm, resvgWasm, font: caveat });
// One service per isolate: it keeps index.html once read, and nothing else.
let service: Hono | undefined;

export default {
  fetch(request: Request, env: WorkerEnv): Response | Promise<Response> {
    service ??= createCardService({
      indexHtml: async () => {
        const page = await env.ASSETS.fetch(new Request(new URL('/', request.url)));
        if (!page.ok) throw new Error(`index.html: ${page.status}`);
        return page.text();
      },
      renderCard,
      assets: (asked) => env.ASSETS.fetch(asked),
    });
    return service.fetch(request);
  },
};
