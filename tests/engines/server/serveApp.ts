// The app as the browser tests meet it: the production build (dist/) served by Vite's preview server on
// 127.0.0.1, plus one thing only tests need, a silent clip of any length (quietClip.ts) at
// /test-clips/quiet-<seconds>s.mp3, answered with byte ranges as any static host answers a clip; the
// same clip from a server that stops sending partway (stallingClip.ts) at
// /test-clips/stall-<cut>s/quiet-<seconds>s.mp3; a new deploy for one browser context at a time
// (testDeploys below); and the clip served two other ways the web serves audio:
// - /test-clips/chunked/quiet-<seconds>s.mp3 as a stream: chunked, no Content-Length, no ranges;
// - /test-clips/moved/<rest> redirected (302) to /test-clips/<rest> on the other name of this server,
//   localhost for 127.0.0.1 and back: another host to the browser, as a CDN a link redirects to is.
// Pages get the response headers of public/_headers, as the static hosts that read it would send them
// (framing rules: the app refuses to be framed, the embed player allows it).
// Playwright's webServer and the WebKit runner both start it, so every engine sees the same server.
//
//   npx tsx tests/engines/server/serveApp.ts [port]     serves dist/ until stopped
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import parseRange from 'range-parser';
import { type Plugin, type PreviewServer, preview } from 'vite';
import { parseHeadersFile, ruleHeaders } from './hostHeaders';
import { QUIET_FRAME_BYTES, QUIET_FRAME_SECONDS, quietClipSeconds, quietMp3 } from './quietClip';
import { stallingClip } from './stallingClip';

const QUIET_BYTES_PER_SECOND = QUIET_FRAME_BYTES / QUIET_FRAME_SECONDS;
/**
 * A stream's first burst: Chromium reads about 32 KB before it reports metadata, 8 s of the quiet clip's
 * 4,000 B/s. A stream longer than this is still arriving while a browser reads its metadata.
 */
export const STREAM_BURST_SECONDS = 10;

/**
 * Answers a GET or HEAD for `body` as a static server does (RFC 9110 §14): the whole of it (200), or the
 * one byte range asked for (206), or 416 for a range outside it.
 */
function sendBytes(req: IncomingMessage, res: ServerResponse, body: Uint8Array, type: string): void {
  const part = headersFor(req, res, body, type);
  if (part) res.end(req.method === 'HEAD' ? undefined : part);
}

/** Bytes a stalling clip sends each 100 ms until it stops: twice real time for the quiet clips. */
const STALL_PACE_BYTES = Math.round(((2 * QUIET_FRAME_BYTES) / QUIET_FRAME_SECONDS) * 0.1);

/**
 * As sendBytes, but at twice real time, and nothing at or past byte `cut` of `body`: the response stays
 * open, as a stalled server's does, until the client lets go or the server closes (`held`).
 */
function sendBytesThenStall(
  req: IncomingMessage,
  res: ServerResponse,
  body: Uint8Array,
  cut: number,
  held: Set<ServerResponse>,
): void {
  const part = headersFor(req, res, body, 'audio/mpeg');
  if (!part) return;
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  held.add(res);
  res.once('close', () => held.delete(res));
  res.flushHeaders();
  const start = part.byteOffset - body.byteOffset;
  const sent = part.subarray(0, Math.max(0, cut - start));
  // Paced, as a network somewhat faster than the clip: after a burst and then nothing, Chromium and Firefox
  // judge the clip unable to play through (no `canplaythrough`), and howler then never starts it at all.
  let at = 0;
  const pacer = setInterval(() => {
    if (at >= sent.length || res.destroyed) {
      clearInterval(pacer);
      return;
    }
    res.write(sent.subarray(at, at + STALL_PACE_BYTES));
    at += STALL_PACE_BYTES;
  }, 100);
}

/**
 * Sets the status and headers of the answer to a GET or HEAD for `body`; returns the bytes it is to carry,
 * or undefined once a 416 has been sent.
 */
function headersFor(
  req: IncomingMessage,
  res: ServerResponse,
  body: Uint8Array,
  type: string,
): Uint8Array | undefined {
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
    return undefined;
  }
  // -2 (a malformed header) and several ranges get the whole body, which RFC 9110 allows.
  if (typeof ranges === 'object' && ranges.length === 1 && ranges[0]) {
    const { start, end } = ranges[0];
    part = body.subarray(start, end + 1);
    res.statusCode = 206;
    res.setHeader('Content-Range', `bytes ${start}-${end}/${body.length}`);
  }
  res.setHeader('Content-Length', String(part.length));
  return part;
}

/**
 * Answers with `body` as a stream does (a radio relay, an audio script): 200 and the whole of it in chunks
 * (RFC 9112 §7.1), whatever range was asked for, with no length and no word of ranges. A burst of
 * `burstSeconds` first, as Icecast sends, then the rest at the pace it plays (`bytesPerSecond`): the browser
 * meets the clip's start seconds before its end, and cannot know its length from the bytes it has.
 */
function sendStream(
  req: IncomingMessage,
  res: ServerResponse,
  body: Uint8Array,
  bytesPerSecond: number,
  burstSeconds: number,
): void {
  res.setHeader('Content-Type', 'audio/mpeg');
  res.setHeader('Cache-Control', 'no-store');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const TICK_MS = 250;
  const chunk = Math.ceil((bytesPerSecond * TICK_MS) / 1000);
  let at = Math.min(body.length, Math.round(burstSeconds * bytesPerSecond));
  res.write(body.subarray(0, at));
  const timer = setInterval(() => {
    if (at < body.length) res.write(body.subarray(at, at + chunk));
    at += chunk;
    if (at < body.length) return;
    clearInterval(timer);
    res.end();
  }, TICK_MS);
  res.once('close', () => clearInterval(timer));
}

/** This server under its other name: 127.0.0.1 and localhost are two hosts to a browser. */
function otherHost(host: string | undefined): string {
  const [name, port] = (host ?? '127.0.0.1').split(':');
  return `${name === 'localhost' ? '127.0.0.1' : 'localhost'}${port ? `:${port}` : ''}`;
}

const MOVED = '/test-clips/moved/';
const CHUNKED = '/test-clips/chunked/';

function testClips(): Plugin {
  const made = new Map<number, Uint8Array>();
  const quiet = (seconds: number) => {
    const body = made.get(seconds) ?? quietMp3(seconds);
    made.set(seconds, body);
    return body;
  };
  /** Stalled answers still open, let go of when the server closes so that stopping it never waits on them. */
  const held = new Set<ServerResponse>();
  return {
    name: 'mixtape-test-clips',
    configurePreviewServer(server) {
      // Vite's own close destroys the open sockets today; this does not depend on it.
      const close = server.close.bind(server);
      server.close = () => {
        for (const res of held) res.destroy();
        return close();
      };
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const url = req.url ?? '';
        if (url.startsWith(MOVED)) {
          res.statusCode = 302;
          res.setHeader(
            'Location',
            `http://${otherHost(req.headers.host)}/test-clips/${url.slice(MOVED.length)}`,
          );
          res.setHeader('Cache-Control', 'no-store');
          res.end();
          return;
        }
        const chunked = url.startsWith(CHUNKED);
        const seconds = quietClipSeconds(chunked ? `/test-clips/${url.slice(CHUNKED.length)}` : url);
        if (seconds !== undefined) {
          if (chunked) sendStream(req, res, quiet(seconds), QUIET_BYTES_PER_SECOND, STREAM_BURST_SECONDS);
          else sendBytes(req, res, quiet(seconds), 'audio/mpeg');
          return;
        }
        const stalling = stallingClip(url);
        if (stalling === undefined) return next();
        sendBytesThenStall(req, res, quiet(stalling.seconds), stalling.cutByte, held);
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

/** The headers of public/_headers on every response whose path a rule names: the one source of them. */
function hostHeaders(): Plugin {
  return {
    name: 'mixtape-host-headers',
    configurePreviewServer(server) {
      const rules = parseHeadersFile(readFileSync(resolve(server.config.root, 'public/_headers'), 'utf8'));
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://test').pathname;
        for (const [name, value] of ruleHeaders(rules, path)) res.setHeader(name, value);
        next();
      });
    },
  };
}

/** Serves dist/ (built beforehand) with the test clips on 127.0.0.1:`port`; close() stops it. */
export function serveApp(port: number): Promise<PreviewServer> {
  return preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true },
    plugins: [hostHeaders(), testClips(), testDeploys()],
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
