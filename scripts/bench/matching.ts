// Matching figures (issue 14.6): match rate and wrong-match rate on the labelled fixture, and the time
// to match 200 songs under each catalog's published limit. Prints, asserts nothing.
// Run: npx tsx --tsconfig tsconfig.app.json scripts/bench/matching.ts
// The catalogs are the real providers (schemas, URLs, rate limiters) answered from the committed
// fixtures (scripts/bench/matchFixtures.ts writes them) on a simulated clock: the limiter's waits move the
// clock rather than sleep, so the paced time printed is exactly what the limits allow, not a measurement
// of this machine or of the catalogs' answer times (which come on top in real use).
import { runMatches } from '../../src/catalog/matchRun';
import { matchSong } from '../../src/catalog/matchSong';
import type { CatalogProvider } from '../../src/catalog/provider';
import labelled from '../../tests/fixtures/catalog/match-labelled.json';
import { fixtureCatalogs } from '../../tests/support/matchCatalogs';

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;

async function rates(name: 'deezer' | 'itunes') {
  const catalogs = fixtureCatalogs();
  const provider: CatalogProvider = catalogs[name];
  let right = 0;
  let wrong = 0;
  let missed = 0;
  const wanted = labelled.filter((l) => (name === 'deezer' ? l.expect : l.bySearch) !== null).length;
  for (const { entry, expect, bySearch } of labelled) {
    const want = name === 'deezer' ? expect : bySearch;
    const result = await catalogs.clock.run(matchSong(entry, provider));
    const got = result.kind === 'found' ? Number(result.best.song.catalogId) : null;
    if (got === null) missed += want === null ? 0 : 1;
    else if (got === want) right += 1;
    else wrong += 1;
  }
  console.log(
    `  ${name.padEnd(6)}  ${labelled.length} entries (${wanted} in the catalog): matched right ${pct(right, wanted)}, wrong ${pct(wrong, labelled.length)}, missed ${missed}  (goal ≥ 95 %, ≤ 1 %)`,
  );
}

async function pacedTime(name: 'deezer' | 'itunes') {
  const catalogs = fixtureCatalogs();
  const provider = catalogs[name];
  const entries = Array.from(
    { length: 200 },
    (_, i) => labelled[i % labelled.length]?.entry ?? { title: '', artist: '' },
  );
  await catalogs.clock.run(
    runMatches(
      entries,
      entries.map((_, i) => i),
      (entry, signal) => matchSong(entry, provider, signal),
      { onResult: () => {} },
    ),
  );
  const seconds = catalogs.clock.now() / 1000;
  const minutes = `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
  console.log(
    `  ${name.padEnd(6)}  200 songs, ${catalogs.asked.length} requests: ${minutes} paced (simulated clock)`,
  );
}

console.log(
  '\nMatching (labelled fixture: live versions, remasters, feat., artist order, ISRC, songs not there)',
);
await rates('deezer');
await rates('itunes');
console.log('  Time to match 200 songs under the published limits (Deezer 50 / 5 s, iTunes 20 / min)');
await pacedTime('deezer');
await pacedTime('itunes');
