// Seeded randomness for the clip generator. Everything audible is derived from
// these functions so that `npm run clips` is byte-for-byte reproducible.

/**
 * 32-bit FNV-1a over the UTF-8 bytes, finished with murmur3's fmix so that
 * near-identical strings ("j18…", "j19…") still land far apart.
 * @param {string} text
 * @returns {number} unsigned 32-bit hash
 */
export function hashString(text) {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * mulberry32: tiny, fast and good enough for music; unlike Math.random it can
 * be replayed from a seed.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Independent stream per purpose, so that e.g. tweaking a drum sound (which
 * consumes noise) cannot reshuffle the melody of the same track.
 * @param {number} seed
 * @param {string} purpose
 */
export function forkRng(seed, purpose) {
  return mulberry32((seed ^ hashString(purpose)) >>> 0);
}

/**
 * The identity of a track is its id plus what is printed on the tape card.
 * @param {{ id: string, artist: string, title: string }} track
 */
export function trackSeed(track) {
  return hashString(`${track.id}|${track.artist}|${track.title}`);
}

/** @param {() => number} rng @param {number} lo @param {number} hi inclusive */
export function randInt(rng, lo, hi) {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** @param {() => number} rng @param {number} lo @param {number} hi */
export function randRange(rng, lo, hi) {
  return lo + rng() * (hi - lo);
}

/**
 * @template T
 * @param {() => number} rng
 * @param {readonly T[]} items
 * @returns {T}
 */
export function pick(rng, items) {
  return /** @type {T} */ (items[Math.floor(rng() * items.length)]);
}

/**
 * @template T
 * @param {() => number} rng
 * @param {ReadonlyArray<readonly [T, number]>} weighted item/weight pairs, weights > 0
 * @returns {T}
 */
export function pickWeighted(rng, weighted) {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [item, w] of weighted) {
    r -= w;
    if (r < 0) return item;
  }
  return /** @type {readonly [T, number]} */ (weighted[weighted.length - 1])[0];
}
