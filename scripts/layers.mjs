// The layer map of src/ (the table in docs/architecture.md) as Biome rules. Run with no arguments, it
// writes one noRestrictedImports override per folder into biome.json; tests/unit/layers.test.ts checks
// that biome.json holds exactly these and that each one bites.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const MAP_FILE = 'docs/architecture.md';
export const CONFIG_FILE = 'biome.json';
const MARKER = '<!-- layer-map';
/** The second table: folders beside src/ (the card service) and the floors of src/ they may read. */
const OUTSIDE_MARKER = '<!-- outside-src';

/**
 * The rows of the layer-map table, the first table after the `<!-- layer-map` comment: each folder of
 * `src/` (its first cell, in backticks) and the folders it may import (the third cell: folders in
 * backticks, or "nothing", or "anything" for every other folder on the map).
 * Throws when the table is missing or a row names a folder that has no row of its own.
 * @param {string} markdown
 * @returns {{ folder: string, mayImport: string[] }[]}
 */
export function readLayerMap(markdown) {
  return readTable(markdown, MARKER);
}

/**
 * The rows of the table after the `<!-- outside-src` comment: folders beside `src/` (`server`) and the
 * folders of `src/` they may import, in the same cells as the layer map's. Throws when the table is
 * missing or names a folder of `src/` that the layer map has no row for.
 * @param {string} markdown
 * @returns {{ folder: string, mayImport: string[] }[]}
 */
export function readOutsideMap(markdown) {
  const inSrc = readTable(markdown, MARKER).map((layer) => layer.folder);
  return readTable(markdown, OUTSIDE_MARKER, inSrc);
}

/**
 * @param {string} markdown
 * @param {string} marker
 * @param {string[] | undefined} known the folders "May import" may name; the table's own by default
 */
function readTable(markdown, marker, known) {
  const start = markdown.indexOf(marker);
  if (start < 0) throw new Error(`${MAP_FILE} has no ${marker} table`);
  const lines = markdown.slice(start).split('\n').slice(1);
  const first = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, i) => i > first && !line.startsWith('|'));
  const rows = lines
    .slice(first, end < 0 ? undefined : end)
    .map((line) => line.split('|').map((cell) => cell.trim()))
    // Cells 1 and 3 of "| `folder` | holds | may import |"; the header and the rule have no backticked folder.
    .flatMap(([, name = '', , may = '']) => {
      const folder = /^`([\w-]+)`$/.exec(name)?.[1];
      return folder ? [{ folder, may }] : [];
    });
  const folders = known ?? rows.map((row) => row.folder);
  return rows.map(({ folder, may }) => {
    const mayImport =
      may === 'anything'
        ? folders.filter((f) => f !== folder)
        : may === 'nothing'
          ? []
          : [...may.matchAll(/`([\w-]+)`/g)].map((m) => m[1] ?? '');
    const unknown = mayImport.find((f) => !folders.includes(f));
    if (unknown !== undefined)
      throw new Error(`${MAP_FILE}: ${folder} may import ${unknown}, which has no row`);
    return { folder, mayImport };
  });
}

/**
 * Biome overrides, one per folder barred from some other folder on the map: a `noRestrictedImports`
 * pattern group of the barred folders, matched anywhere in a relative path (`../store/types`,
 * `../../audio`, a dynamic `import()` or a re-export alike). Biome takes a rule's options from the last override that sets them, so each override
 * repeats the project-wide `paths` (the howler gateway) given here.
 * @param {{ folder: string, mayImport: string[] }[]} layers
 * @param {Record<string, unknown>} paths
 */
export function layerOverrides(layers, paths) {
  return layers.flatMap(({ folder, mayImport }) => {
    const barred = layers.map((l) => l.folder).filter((f) => f !== folder && !mayImport.includes(f));
    const may =
      mayImport.length === 0
        ? 'imports nothing from the rest of src/'
        : `may import only ${mayImport.join(', ')} from the rest of src/`;
    const message = `src/${folder}/ ${may}: see the layer map in ${MAP_FILE}.`;
    return barring(`src/${folder}/**`, '**/', barred, message, paths);
  });
}

/**
 * Biome overrides for the folders beside `src/`: each may reach into `src/` only for the folders its row
 * names (`../src/model/tape` yes, `../src/store` no), matched the same way as the layer rules.
 * @param {{ folder: string, mayImport: string[] }[]} outside
 * @param {{ folder: string, mayImport: string[] }[]} layers
 * @param {Record<string, unknown>} paths
 */
export function outsideOverrides(outside, layers, paths) {
  return outside.flatMap(({ folder, mayImport }) => {
    const barred = layers.map((l) => l.folder).filter((f) => !mayImport.includes(f));
    const message = `${folder}/ may import only ${mayImport.join(', ')} from src/: see ${MAP_FILE}.`;
    return barring(`${folder}/**`, '**/src/', barred, message, paths);
  });
}

/**
 * One override for the files `include` matches, barring imports of the `barred` folders below `prefix`;
 * none when nothing is barred.
 * @param {string} include
 * @param {string} prefix
 * @param {string[]} barred
 * @param {string} message
 * @param {Record<string, unknown>} paths
 */
function barring(include, prefix, barred, message, paths) {
  if (barred.length === 0) return [];
  // Gitignore-style globs with Biome's alternatives: `**/{store,audio}` is `../store` or `../../audio`.
  const folders = `${prefix}${barred.length === 1 ? barred[0] : `{${barred.join(',')}}`}`;
  const patterns = [{ group: [folders, `${folders}/**`], message }];
  const noRestrictedImports = { level: 'error', options: { paths, patterns } };
  return [{ includes: [include], linter: { rules: { style: { noRestrictedImports } } } }];
}

/** An override this script wrote: one `src/<folder>/**` or `<folder>/**` include and a restricted-imports pattern. */
const isLayerOverride = (override) =>
  override.includes?.length === 1 &&
  /^(src\/)?[\w-]+\/\*\*$/.test(override.includes[0]) &&
  override.linter?.rules?.style?.noRestrictedImports?.options?.patterns !== undefined;

/**
 * The Biome configuration with its layer overrides made from `layers` and `outside`, first among the
 * overrides so that later ones (the howler player's exemption) still win; every other setting is kept.
 * @param {{ linter: { rules: { style: { noRestrictedImports: { options: { paths: Record<string, unknown> } } } } }, overrides: object[] }} config
 * @param {{ folder: string, mayImport: string[] }[]} layers
 * @param {{ folder: string, mayImport: string[] }[]} outside
 */
export function withLayerRules(config, layers, outside) {
  const paths = config.linter.rules.style.noRestrictedImports.options.paths;
  const others = config.overrides.filter((override) => !isLayerOverride(override));
  const made = [...layerOverrides(layers, paths), ...outsideOverrides(outside, layers, paths)];
  return { ...config, overrides: [...made, ...others] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const markdown = readFileSync(MAP_FILE, 'utf8');
  const layers = readLayerMap(markdown);
  const outside = readOutsideMap(markdown);
  const config = JSON.parse(readFileSync(CONFIG_FILE, 'utf8'));
  writeFileSync(CONFIG_FILE, `${JSON.stringify(withLayerRules(config, layers, outside), null, 2)}\n`);
  const format = spawnSync('node_modules/.bin/biome', ['format', '--write', CONFIG_FILE], {
    stdio: 'inherit',
  });
  if (format.status !== 0) process.exit(format.status ?? 1);
  console.log(
    `${CONFIG_FILE}: layer rules for ${layers.length} folders of src/ and ${outside.length} beside it`,
  );
}
