// Measures a production build in dist/: which JS and CSS the first screen loads, and their gzipped size.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const JS_BUDGET_BYTES = 95 * 1024;

/** @param {string} dist */
export function measureBundle(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const firstLoad = new Set(
    [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
  );
  // And every chunk those import statically, preload link or not: the browser loads them before the
  // entry runs. `import(…)` (a lazy part) has a parenthesis, so it does not match.
  for (const file of firstLoad) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g))
      firstLoad.add(`assets/${m[1]}`);
  }
  const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
  const files = assets.map((file) => {
    const path = join(dist, 'assets', file);
    return {
      file,
      raw: statSync(path).size,
      gzip: gzipSync(readFileSync(path), { level: 9 }).length,
      firstLoad: firstLoad.has(`assets/${file}`),
    };
  });
  const total = (pick) => files.filter(pick).reduce((n, f) => n + f.gzip, 0);
  return {
    files,
    firstLoadJs: total((f) => f.firstLoad && f.file.endsWith('.js')),
    firstLoadCss: total((f) => f.firstLoad && f.file.endsWith('.css')),
    lazy: total((f) => !f.firstLoad),
  };
}
