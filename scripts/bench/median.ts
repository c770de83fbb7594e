/** Median of `runs` timings of `fn`, in milliseconds, after a few warm-up runs. */
export function medianMs(runs: number, fn: (i: number) => void): number {
  for (let i = 0; i < 5; i += 1) fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
