// The app as the browser tests meet it: the production build (dist/) served by Vite's preview server on
// 127.0.0.1, plus one thing only tests need, a silent clip of any length (quietClip.ts) at
// /test-clips/quiet-<seconds>s.mp3, answered with byte ranges as any static host answers a clip, and
// served two other ways the web serves audio:
// - /test-clips/chunked/quiet-<seconds>s.mp3 as a stream: chunked, no Content-Length, no ranges;
// - /test-clips/moved/<rest> redirected (302) to /test-clips/<rest> on the other name of this server,
//   localhost for 127.0.0.1 and back: another host to the browser, as a CDN a link redirects to is.
// Playwright's webServer and the WebKit runner both start it, so every engine sees the same server.
//
//   npx tsx tests/engines/server/serveApp.ts [port]     serves dist/ until stopped
import type { IncomingMessage, ServerResponse } from 'node:http';
import parseRange from 'range-parser';
import { type Plugin, type PreviewServer, preview } from 'vite';
import { QUIET_FRAME_BYTES, QUIET_FRAME_SECONDS, quietClipSeconds, quietMp3 } from './quietClip';

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
  const clip = (seconds: number) => {
    const body = made.get(seconds) ?? quietMp3(seconds);
    made.set(seconds, body);
    return body;
  };
  return {
    name: 'mixtape-test-clips',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '';
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
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
        if (seconds === undefined) return next();
        if (chunked) sendStream(req, res, clip(seconds), QUIET_BYTES_PER_SECOND, STREAM_BURST_SECONDS);
        else sendBytes(req, res, clip(seconds), 'audio/mpeg');
      });
    },
  };
}

/** Serves dist/ (built beforehand) with the test clips on 127.0.0.1:`port`; close() stops it. */
export function serveApp(port: number): Promise<PreviewServer> {
  return preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true },
    plugins: [testClips()],
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
