export type RepeatMode = 'off' | 'all' | 'one';

/** Why the queue moves: a clip that ends honours repeat-one, a press of Next does not. */

/** Deterministic PRNG so a shuffle can be replayed from its seed (in tests and across reloads). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy with one item moved; out-of-range moves leave the order as it was. */
export function moveInArray<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length || from === to) return out;
  const [item] = out.splice(from, 1) as [T];
  out.splice(to, 0, item);
  return out;
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/**
 * The play order for a tape. Shuffling puts the current track first, so turning shuffle on never
 * interrupts what is playing and every other track still comes up exactly once.
 */
export function playOrder(
  ids: readonly string[],
  shuffle: boolean,
  seed: number,
  currentId?: string,
): string[] {
  if (!shuffle) return [...ids];
  const rest = shuffled(
    ids.filter((id) => id !== currentId),
    seed,
  );
  return currentId !== undefined && ids.includes(currentId) ? [currentId, ...rest] : rest;
}

/**
 * The cursor after the current track, or `null` when the tape has run out. Repeat-one is the store's
 * to apply when a track ends (engineReportSlice); here it moves on like repeat-all.
 */
export function nextCursor(length: number, cursor: number, repeat: RepeatMode): number | null {
  if (length === 0) return null;
  if (cursor + 1 < length) return cursor + 1;
  return repeat === 'off' ? null : 0;
}

export function previousCursor(length: number, cursor: number, repeat: RepeatMode): number | null {
  if (length === 0) return null;
  if (cursor > 0) return cursor - 1;
  return repeat === 'all' ? length - 1 : null;
}

/** Looks ahead from the cursor for the first entry not known to be broken, wrapping only when allowed. */
export function nextPlayable(
  order: readonly string[],
  cursor: number,
  repeat: RepeatMode,
  isPlayable: (id: string) => boolean,
): number | null {
  let at: number | null = cursor;
  for (let step = 0; step < order.length; step += 1) {
    at = nextCursor(order.length, at, repeat);
    if (at === null) return null;
    const id = order[at];
    if (id !== undefined && isPlayable(id)) return at;
  }
  return null;
}
