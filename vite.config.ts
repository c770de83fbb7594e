import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * Script from our own origin and the catalogs' JSONP endpoints only; audio from anywhere on the web (previews live on catalog CDNs, and
 * users may add http clips); no plugins, no <base> rewriting. Added at build time only, because the dev
 * server injects inline styles and a websocket that a strict policy would block.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // The two catalogs answer searches as JSONP (iTunes when its CORS headers fail, Deezer always).
  "script-src 'self' https://itunes.apple.com https://api.deezer.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  // data: for howler, which points an unloaded clip's element at a silent data: WAV to stop its download.
  "media-src 'self' blob: data: https: http:",
  "connect-src 'self' https:",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'mixtape-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Writes the first screen a new visitor sees into index.html (src/app/prerender.tsx, rendered with
 * react-dom/server), so it paints before any script has run and the browser hydrates it rather than
 * building it. Stands in for the static shell between the first-screen markers.
 */
/**
 * `<link rel="modulepreload">` for the chunks the entry imports statically, as Vite writes when its module
 * preloading is on (it is off below, to save its runtime helper): the first screen's chunks are then
 * fetched together with the entry instead of after it is parsed. Rolldown splits a module shared by the
 * entry and lazy parts into a chunk of its own even though the entry always loads it
 * (rolldown/rolldown#10731), so the entry has such imports.
 */
function preloadEntryImports(): Plugin {
  return {
    name: 'mixtape-preload-entry-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // The page's own entry only (index.html, and embed.html in its own build).
      handler: (_html, { chunk }) =>
        (chunk?.imports ?? []).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        })),
    },
  };
}

function prerenderFirstScreen(): Plugin {
  return {
    name: 'mixtape-prerender',
    apply: 'build',
    async transformIndexHtml(html, { path }) {
      // The app's page only: the embed player (embed.html) has no first screen without its tape.
      if (path !== '/index.html') return html;
      const { createServer } = await import('vite');
      const server = await createServer({
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        plugins: [react()],
        optimizeDeps: { noDiscovery: true, include: [] },
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const entry = await server.ssrLoadModule('/src/app/prerender.tsx');
        const render: unknown = entry.renderFirstScreen;
        if (typeof render !== 'function') throw new Error('prerender: no renderFirstScreen()');
        const rendered: unknown = render();
        if (typeof rendered !== 'string') throw new Error('prerender: renderFirstScreen() gave no HTML');
        const markup = rendered.replace(/^<div class="app"/, '<div data-prerendered="" class="app"');
        if (!markup.includes('data-prerendered'))
          throw new Error('prerender: the app no longer starts with div.app');
        const marked = /<!--first-screen-->[\s\S]*<!--\/first-screen-->/;
        if (!marked.test(html)) throw new Error('prerender: index.html has no first-screen markers');
        return html.replace(marked, () => markup);
      } finally {
        await server.close();
      }
    },
  };
}

/** Where the embed player's chunks go: apart from the app's, so the service worker can leave them out. */
const EMBED_ASSETS = 'embed';

/**
 * The embed player (embed.html, docs/embed.md), built after the app as a build of its own into the same
 * folder. One build of both pages would split every module they share into chunks of its own, and the
 * app's first load would grow by those chunks' seams (3 KB gzipped when tried); apart, the app's chunks
 * stay exactly as they were, and the embed carries its own copy of what it shares.
 *
 * The embed renders the app's components with Preact's React layer (preact/compat) instead of react-dom:
 * react-dom alone is about 60 KB of JavaScript gzipped, most of the embed's 80 KB budget, and Preact with
 * its compat layer about 12 KB (94 KB of first-load JS with react-dom, measured; see docs/embed.md). The
 * embed's components use hooks, context and useSyncExternalStore (zustand), which preact/compat provides;
 * its end-to-end tests run on the build, so on Preact.
 */
function embedPage(): Plugin {
  let outDir = 'dist';
  return {
    name: 'mixtape-embed-page',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      sequential: true,
      async handler() {
        const { build } = await import('vite');
        await build({
          configFile: false,
          logLevel: 'warn',
          publicDir: false,
          plugins: [react(), contentSecurityPolicy(), preloadEntryImports()],
          resolve: {
            alias: [
              { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
              { find: /^react-dom$/, replacement: 'preact/compat' },
              { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
              { find: /^react$/, replacement: 'preact/compat' },
            ],
          },
          build: {
            target: 'es2022',
            sourcemap: true,
            modulePreload: false,
            outDir,
            emptyOutDir: false,
            assetsDir: EMBED_ASSETS,
            rolldownOptions: { input: 'embed.html' },
          },
        });
      },
    },
  };
}

/**
 * Installable, and playable offline after one visit: the service worker precaches the app shell and
 * every stand-in clip (1.8 MB), and a new version waits for the listener to say when to reload.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'icon.svg'],
  manifest: {
    name: 'Mixtape',
    short_name: 'Mixtape',
    description: 'A cassette-style mixtape player: reorder a tape, share it as a link, play it anywhere.',
    theme_color: '#27221f',
    background_color: '#f3ebdd',
    display: 'standalone',
    start_url: '/',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2,mp3}'],
    // The embed player is another site's widget, not part of the app a visitor installs.
    globIgnores: ['embed.html', `${EMBED_ASSETS}/**`],
    navigateFallbackDenylist: [/^\/embed(\.html)?$/],
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The first visit's page is served by the worker as soon as it is installed, so the parts that load
    // later (share codec, drag and drop, catalog search) still come if the connection drops mid-visit.
    // Updates still wait for the listener: a waiting worker only claims once told to take over.
    clientsClaim: true,
    // Byte ranges of precached clips, so a clip the worker serves can be sought (public/sw-ranges.js).
    importScripts: ['sw-ranges.js'],
  },
});

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    preloadEntryImports(),
    prerenderFirstScreen(),
    pwa,
    embedPage(),
  ],
  // No module preloading for lazy parts: Vite's helper that fetches a part's shared chunks alongside it
  // costs 863 B of first-load JS (gzipped), and what it saves is one round trip the first time a panel
  // opens, before the service worker has precached every chunk (workbox globPatterns include js). The
  // first screen's chunks still get their preload links (preloadEntryImports).
  build: { target: 'es2022', sourcemap: true, modulePreload: false },
  preview: { port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx', 'tests/server/**/*.test.ts'],
    // Tests read property lists with the build browsers get (the page's DOMParser, which jsdom has), not
    // the Node build's @xmldom/xmldom, which the app never ships.
    alias: [
      {
        find: /^plist$/,
        replacement: fileURLToPath(new URL('./node_modules/plist/dist/index.browser.js', import.meta.url)),
      },
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // A guard against hangs, not a pace: on a busy 2-core machine a component test can take 10 s or more.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
