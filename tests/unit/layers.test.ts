import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BiomeConfig,
  CONFIG_FILE,
  type Layer,
  MAP_FILE,
  readLayerMap,
  readOutsideMap,
  withLayerRules,
} from '../../scripts/layers.mjs';

const layers: Layer[] = readLayerMap(readFileSync(MAP_FILE, 'utf8'));
const outside: Layer[] = readOutsideMap(readFileSync(MAP_FILE, 'utf8'));
const config: BiomeConfig = JSON.parse(readFileSync(CONFIG_FILE, 'utf8'));
const folders = layers.map((l) => l.folder);

describe('the layer map (docs/architecture.md)', () => {
  it('has a row for every folder of src/, and none for a folder that is gone', () => {
    const inSrc = readdirSync('src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...folders].sort()).toEqual(inSrc.sort());
  });

  it('names the same folders as the README’s map, which a newcomer reads first', () => {
    const block = /```\nsrc\/\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '';
    const listed = [...block.matchAll(/^ {2}([a-z]+)\/ /gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...folders].sort());
  });

  it('is what biome.json enforces: run `node scripts/layers.mjs` after changing it', () => {
    expect(withLayerRules(config, layers, outside)).toEqual(config);
  });

  it('holds the card service (server/) to the floors its row names', () => {
    expect(outside).toEqual([{ folder: 'server', mayImport: ['model', 'share', 'data'] }]);
  });
});

interface Diagnostic {
  readonly category: string;
  readonly location: { readonly path: string; readonly start: { readonly line: number } };
}

/** Where a probe line sits: "src/share/probe.ts:3". */
type Place = string;

/**
 * Each rule is shown to bite: Biome lints throwaway files that break it, in a temporary copy of the
 * folder layout with the project's own biome.json and plugin, and must report exactly the lines that
 * break a rule, no more and no fewer (an import the map allows is linted too, and must pass).
 */
describe('each rule bites', () => {
  let root: string;
  const wanted = { imports: new Set<Place>(), storage: new Set<Place>(), howler: new Set<Place>() };
  const found = { imports: new Set<Place>(), storage: new Set<Place>(), howler: new Set<Place>() };

  const probe = (
    path: string,
    lines: readonly { code: string; breaks?: keyof typeof wanted | undefined }[],
  ) => {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    writeFileSync(join(root, path), `${lines.map((l) => l.code).join('\n')}\n`);
    lines.forEach((line, i) => {
      if (line.breaks) wanted[line.breaks].add(`${path}:${i + 1}`);
    });
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'mixtape-layers-'));
    cpSync(CONFIG_FILE, join(root, CONFIG_FILE));
    cpSync('lint', join(root, 'lint'), { recursive: true });
    const allowed = (from: string, to: string) =>
      layers.find((l) => l.folder === from)?.mayImport.includes(to);

    for (const from of folders) {
      // Every way in: a type import (the three that ran back up a floor were), a value import, a
      // folder's index, a re-export and a lazy import().
      const others = folders.filter((to) => to !== from);
      probe(`src/${from}/probe.ts`, [
        ...others.map((to, i) => ({
          code: [
            `import type { Probe as P${i} } from '../${to}/probe';`,
            `import { probe as p${i} } from '../${to}/probe';`,
            `export * from '../${to}';`,
            `export const lazy${i} = () => import('../${to}/probe');`,
          ][i % 4] as string,
          ...(allowed(from, to) ? {} : { breaks: 'imports' as const }),
        })),
        { code: `import { Howl } from 'howler';`, breaks: 'howler' },
      ]);
      // Nested folders are held to their top folder's row.
      probe(`src/${from}/nested/probe.tsx`, [
        ...others.map((to) => ({
          code: `import type { Probe } from '../../${to}/probe';`,
          ...(allowed(from, to) ? {} : { breaks: 'imports' as const }),
        })),
      ]);
      const storage = from === 'persistence' ? undefined : ('storage' as const);
      probe(`src/${from}/storage.ts`, [
        { code: `localStorage.getItem('k');`, breaks: storage },
        { code: `window.localStorage.getItem('k');`, breaks: storage },
        { code: `sessionStorage.clear();`, breaks: storage },
        { code: `self.sessionStorage.clear();`, breaks: storage },
        { code: `indexedDB.open('db');`, breaks: storage },
        { code: `globalThis.indexedDB.open('db');`, breaks: storage },
        { code: `win.localStorage.setItem('k', 'v');`, breaks: storage },
      ]);
    }
    probe('src/probe.tsx', [
      ...folders.map((to) => ({ code: `import type { Probe } from './${to}/probe';` })),
      { code: `window.localStorage.clear();`, breaks: 'storage' },
    ]);
    // Beside src/: the card service reaches into it only for the floors its row names.
    for (const { folder, mayImport } of outside) {
      probe(`${folder}/probe.ts`, [
        ...folders.map((to, i) => ({
          code: [
            `import type { Probe as P${i} } from '../src/${to}/probe';`,
            `import { probe as p${i} } from '../src/${to}/probe';`,
          ][i % 2] as string,
          ...(mayImport.includes(to) ? {} : { breaks: 'imports' as const }),
        })),
      ]);
    }
    // The one gateway to howler (exempt from restricted imports altogether, biome.json's last overrides).
    probe('src/audio/howlerPlayer.ts', [{ code: `import { Howl } from 'howler';` }]);

    const biome = resolve('node_modules/.bin/biome');
    const args = [
      'lint',
      '--vcs-enabled=false',
      '--reporter=json',
      '--max-diagnostics=none',
      '--colors=off',
      '.',
    ];
    let out: string;
    try {
      out = execFileSync(biome, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      // Biome exits 1 when it reports errors, which is what the probes are for.
      out = (e as { stdout?: string }).stdout ?? '';
    }
    const report: { diagnostics: Diagnostic[] } = JSON.parse(out);
    for (const d of report.diagnostics) {
      const place = `${d.location.path}:${d.location.start.line}`;
      const line = readFileSync(join(root, d.location.path), 'utf8').split('\n')[d.location.start.line - 1];
      if (d.category === 'lint/style/noRestrictedImports')
        (line?.includes("'howler'") ? found.howler : found.imports).add(place);
      if (d.category === 'lint/style/noRestrictedGlobals' || d.category === 'plugin')
        found.storage.add(place);
    }
  });

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('flags every import the map does not allow, and no import it allows', () => {
    expect(wanted.imports.size).toBeGreaterThan(100);
    expect([...found.imports].sort()).toEqual([...wanted.imports].sort());
  });

  it('lets only src/persistence/ touch localStorage, sessionStorage and indexedDB, by name or as a property', () => {
    expect([...found.storage].sort()).toEqual([...wanted.storage].sort());
  });

  it('keeps howler to src/audio/howlerPlayer.ts in every folder', () => {
    expect([...found.howler].sort()).toEqual([...wanted.howler].sort());
  });
});
