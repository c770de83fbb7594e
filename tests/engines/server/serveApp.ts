// The app as the browser tests meet it: the production build (dist/) served by Vite's preview server on
// 127.0.0.1, plus one thing only tests need, a silent clip of any length (quietClip.ts) at
// /test-clips/quiet-<seconds>s.mp3, answered with byte ranges as any static host answers a clip; and a
// new deploy for one browser context at a time (testDeploys below).
// Playwright's webServer and the WebKit runner both start it, so every engine sees the same server.
//
//   npx tsx tests/engines/server/serveApp.ts [port]     serves dist/ until stopped
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import parseRange from 'range-parser';
import { type Plugin, type PreviewServer, preview } from 'vite';
import { quietClipSeconds, quietMp3 } from './quietClip';

/**
 * Answers a GET or HEAD for `body` as a static server does (RFC 9110 §14): the whole of it (200), or the
 * one byte range asked for (206), or 416 for a range outside it.
 */
function sendBytes(req: IncomingMessage, res: ServerResponse, body: Uint8Array, type: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Cache-Control', 'no-store');
  const asked = req.headers.range;
  const ranges = asked === undefined ? undefined : parseRange(body.length, asked, { combine: true });
  let part = body;
  if (ranges === -1) {
    res.statusCode = 416;
    res.setHeader('Content-Range', `bytes */${body.length}`);
    res.end();
    return;
  }
  // -2 (a malformed header) and several ranges get the whole body, which RFC 9110 allows.
  if (typeof ranges === 'object' && ranges.length === 1 && ranges[0]) {
    const { start, end } = ranges[0];
    part = body.subarray(start, end + 1);
    res.statusCode = 206;
    res.setHeader('Content-Range', `bytes ${start}-${end}/${body.length}`);
  }
  res.setHeader('Content-Length', String(part.length));
  res.end(req.method === 'HEAD' ? undefined : part);
}

function testClips(): Plugin {
  const made = new Map<number, Uint8Array>();
  return {
    name: 'mixtape-test-clips',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const seconds = quietClipSeconds(req.url ?? '');
        if (seconds === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
        const body = made.get(seconds) ?? quietMp3(seconds);
        made.set(seconds, body);
        sendBytes(req, res, body, 'audio/mpeg');
      });
    },
  };
}

/** The cookie that asks for a later deploy; its value is the deploy's number. */
export const DEPLOY_COOKIE = 'mixtape-test-deploy';

/**
 * A new deploy, seen only by the browser context that asks for it (cookies are per context, so tests running
 * beside it keep today's build): requests carrying the cookie `mixtape-test-deploy=<n>` get deploy n, an
 * index.html stamped `<meta name="mixtape-test-deploy" content="n">` and a sw.js whose precache lists that
 * page under a new revision. The browser's update check (registration.update()) then finds a new worker
 * that precaches the new page, as after a real deploy. Requests without the cookie get dist/ as built.
 */
function testDeploys(): Plugin {
  return {
    name: 'mixtape-test-deploys',
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const deploy = req.headers.cookie?.match(new RegExp(`(?:^|; )${DEPLOY_COOKIE}=(\\d+)`))?.[1];
        const path = new URL(req.url ?? '/', 'http://test').pathname;
        if (deploy === undefined || req.method !== 'GET') return next();
        res.setHeader('Cache-Control', 'no-cache');
        if (path === '/sw.js') {
          const worker = readFileSync(resolve(dist, 'sw.js'), 'utf8');
          const redeployed = worker.replace(/(\{url:"index\.html",revision:")[^"]*"/, `$1deploy-${deploy}"`);
          if (redeployed === worker) throw new Error('testDeploys: sw.js no longer precaches index.html');
          res.setHeader('Content-Type', 'text/javascript');
          res.end(redeployed);
        } else if (path === '/' || path === '/index.html') {
          const page = readFileSync(resolve(dist, 'index.html'), 'utf8');
          res.setHeader('Content-Type', 'text/html');
          res.end(page.replace('<head>', `<head><meta name="${DEPLOY_COOKIE}" content="${deploy}">`));
        } else next();
      });
    },
  };
}

/** Serves dist/ (built beforehand) with the test clips on 127.0.0.1:`port`; close() stops it. */
export function serveApp(port: number): Promise<PreviewServer> {
  return preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true },
    plugins: [testClips(), testDeploys()],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? process.env.MIXTAPE_E2E_PORT ?? 4173);
  const server = await serveApp(port);
  console.log(`serving dist/ and the test clips at http://127.0.0.1:${port}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
