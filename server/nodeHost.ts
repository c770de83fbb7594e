import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { CardServiceHost } from './app';
import { type CardParts, cardRenderer } from './cardImage';

const require = createRequire(import.meta.url);

/** The font and the two WebAssembly modules, from the installed packages: nothing is fetched. */
export async function nodeCardParts(): Promise<CardParts> {
  const [layoutWasm, resvgWasm, font] = await Promise.all([
    readFile(require.resolve('satori/yoga.wasm')),
    readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')),
    readFile(require.resolve('@expo-google-fonts/caveat/700Bold/Caveat_700Bold.ttf')),
  ]);
  return {
    layoutWasm,
    resvgWasm,
    font: font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength),
  };
}

/** cardRenderer with the installed packages' font and WebAssembly, read on the first card. */
export function nodeCardRenderer(): CardServiceHost['renderCard'] {
  let render: Promise<ReturnType<typeof cardRenderer>> | undefined;
  return async (card) => {
    render ??= nodeCardParts().then(cardRenderer);
    return (await render)(card);
  };
}

/**
 * The card service's host on Node: the built app from `dist` (a folder path, relative to the working
 * directory), index.html for any path that names no file, as a static host's single-page fallback does.
 */
export function nodeHost(dist: string): CardServiceHost {
  const files = new Hono();
  files.use('*', serveStatic({ root: dist }));
  files.get('*', serveStatic({ root: dist, path: 'index.html' }));
  return {
    indexHtml: () => readFile(`${dist}/index.html`, 'utf8'),
    renderCard: nodeCardRenderer(),
    assets: (request) => files.fetch(request),
  };
}
