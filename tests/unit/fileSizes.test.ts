import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Past this many lines a file is usually two concerns (issue 18; ../shared/STYLE.md, "Small files"). */
const MAX_LINES = 200;

/** Every TypeScript and CSS file under `dir`, as paths from the repository root. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|css)$/.test(entry.name) ? [path] : [];
  });
}

describe('file sizes', () => {
  it(`keeps every source file in src/ to ${MAX_LINES} lines or fewer`, () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(0);
    const offenders = files
      .map((path) => ({ path, lines: readFileSync(path, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ path, lines }) => `${path}: ${lines} lines`);
    expect(offenders, `split these files (over ${MAX_LINES} lines):\n${offenders.join('\n')}`).toEqual([]);
  });
});
