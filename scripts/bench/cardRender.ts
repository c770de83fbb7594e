// Card pictures (server/): the time to draw one, from a link's payload to PNG bytes, as the /card route
// does (decode, summary, satori, resvg), over 200 varied tapes on Node. Prints, asserts nothing.
// Run: npx tsx scripts/bench/cardRender.ts
import { cardSummary } from '../../server/cardSummary';
import { nodeCardRenderer } from '../../server/nodeHost';
import { junoTape } from '../../src/data/junoTape';
import type { Tape } from '../../src/model/tape';
import { encodeTape } from '../../src/share/codec';

const RENDERS = 200;
const WARM_UP = 5;

/** Deterministic, so two runs draw the same tapes. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

const random = rng(1984);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const words = ['Summer', 'Night', 'Drive', 'Blue', 'Heart', 'Paper', 'Moon', 'Lights', 'River', 'Golden'];
const people = ['Mia', 'Sam', 'my sister', 'the long drive north', 'Jo, who lent me the car'];
const shells = ['#2f2a26', '#1d3557', '#6a2c70', '#0b6e4f', '#c84b31'];
const labels = ['#f4e3b5', '#f1faee', '#ffd6a5', '#e9f5db', '#fde2e4'];

/** A tape of the Juno songs with its own title, dedication, colours, length and order. */
function variedTape(): Tape {
  const juno = junoTape();
  const count = 1 + Math.floor(random() * juno.tracks.length);
  const tracks = [...juno.tracks].sort(() => random() - 0.5).slice(0, count);
  const title = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(words)).join(' ');
  return {
    ...juno,
    title,
    ...(random() < 0.5 ? { subtitle: `for ${pick(people)}` } : {}),
    colors: { shell: pick(shells), label: pick(labels) },
    tracks,
    sideBStart: Math.floor(count / 2),
  };
}

const payloads = Array.from({ length: RENDERS + WARM_UP }, () => encodeTape(variedTape()).payload);
const render = nodeCardRenderer();
// Wall-clock time, and this process's CPU time, which other work on a shared machine does not stretch.
const wall: number[] = [];
const cpu: number[] = [];
for (const [i, payload] of payloads.entries()) {
  const start = performance.now();
  const startCpu = process.cpuUsage();
  await render(cardSummary(payload));
  const used = process.cpuUsage(startCpu);
  // The first renders also read the font and compile both WebAssembly modules.
  if (i < WARM_UP) continue;
  wall.push(performance.now() - start);
  cpu.push((used.user + used.system) / 1000);
}

/** The `q` quantile (0.5 the median, 0.95 the p95) of `times`, in ms, to one decimal. */
function quantile(times: readonly number[], q: number): string {
  const sorted = [...times].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
}
console.log(`\nCard pictures (server/, Node ${process.version}), ${RENDERS} varied tapes, payload to PNG`);
console.log(
  `  wall-clock  median ${quantile(wall, 0.5)} ms   p95 ${quantile(wall, 0.95)} ms   (goal: median ≤ 60 ms)`,
);
console.log(`  CPU time    median ${quantile(cpu, 0.5)} ms   p95 ${quantile(cpu, 0.95)} ms`);
