// Measures a production build in dist/: which JS and CSS a page's first screen loads, and their gzipped size.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const JS_BUDGET_BYTES = 95 * 1024;
/** The embed player's first-load JS (issue 16): no drag and drop, shelf, catalog search or editors. */
export const EMBED_JS_BUDGET_BYTES = 80 * 1024;

/**
 * The app's page (index.html) by default, or the embed player's (embed.html): each page's chunks sit in
 * a folder of their own (assets/, embed/), and the figures count that folder's files only.
 * @param {string} dist
 * @param {string} page
 */
export function measureBundle(dist = 'dist', page = 'index.html') {
  const html = readFileSync(join(dist, page), 'utf8');
  const firstLoad = new Set(
    [...html.matchAll(/(?:src|href)="\/((?:assets|embed)\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
  );
  const folder = [...firstLoad].find((file) => file.endsWith('.js'))?.split('/')[0] ?? 'assets';
  // And every chunk those import statically, preload link or not: the browser loads them before the
  // entry runs. `import(…)` (a lazy part) has a parenthesis, so it does not match.
  for (const file of firstLoad) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g))
      firstLoad.add(`${dirname(file)}/${m[1]}`);
  }
  const assets = readdirSync(join(dist, folder)).filter((f) => /\.(js|css)$/.test(f));
  const files = assets.map((file) => {
    const path = join(dist, folder, file);
    return {
      file,
      raw: statSync(path).size,
      gzip: gzipSync(readFileSync(path), { level: 9 }).length,
      firstLoad: firstLoad.has(`${folder}/${file}`),
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
