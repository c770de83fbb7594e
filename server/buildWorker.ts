// Bundles the Worker (server/worker.ts) into one ES module, with the WebAssembly and the font beside it as
// modules of their own, as wrangler.toml's rules and the workerd tests (tests/server/) load them.
//   npx tsx server/buildWorker.ts [outDir]        default dist-worker/
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

/** Imports of `.wasm` and `.ttf` files stay imports, of a copy next to the bundle. */
function sideModules(): Plugin {
  return {
    name: 'mixtape-worker-side-modules',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!/\.(wasm|ttf)$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved) throw new Error(`buildWorker: cannot find ${source}`);
      const name = basename(resolved.id);
      this.emitFile({ type: 'asset', fileName: name, source: readFileSync(resolved.id) });
      return { id: `./${name}`, external: true };
    },
  };
}

/**
 * Writes `<outDir>/worker.js` and its side modules; resolves to the folder's absolute path. Minified
 * and without Node built-ins: it runs in workerd.
 */
export async function buildWorker(outDir = 'dist-worker'): Promise<string> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    plugins: [sideModules()],
    resolve: { conditions: ['workerd', 'worker', 'browser', 'import', 'default'] },
    ssr: { noExternal: true, target: 'webworker' },
    build: {
      ssr: 'server/worker.ts',
      outDir: resolve(root, outDir),
      emptyOutDir: true,
      ssrEmitAssets: true,
      target: 'es2022',
      minify: process.env.MINIFY !== '0',
      rollupOptions: { output: { format: 'es', entryFileNames: 'worker.js' } },
    },
  });
  return resolve(root, outDir);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWorker(process.argv[2]);
}
