import type { DeckClip, DeckEntry } from './deckTypes';
import type { Clip } from './player';

/** Whether `held` is the clip of `entry`: the same entry, loaded from the same address. */
export function isEntry(held: DeckClip | null, entry: DeckEntry | undefined): boolean {
  return held !== null && entry !== undefined && held.entryId === entry.entryId && held.url === entry.url;
}

/** Whether `held` is `clip`, loaded for `entryId`: a late event from a clip let go is not its entry's. */
export function holdsClip(held: DeckClip | null, entryId: string, clip: Clip): boolean {
  return held?.entryId === entryId && held.clip === clip;
}

/** The deck's third place: the clip of the entry the listener is reaching for (see Deck.reach). */
export interface ReachSlot {
  /** Whether this is the reached clip, loaded for `entryId`. */
  holds(entryId: string, clip: Clip): boolean;
  /** Whether the reached clip is `entry`'s. */
  has(entry: DeckEntry | undefined): boolean;
  /** Loads `entry` (through `load`) in place of the reached clip, unless `inHand` holds it already. */
  reach(entry: DeckEntry, inHand: readonly (DeckClip | null)[]): void;
  /** Hands the reached clip over when it is `entry`'s, else lets it go; either way the slot is empty. */
  take(entry: DeckEntry | undefined): DeckClip | null;
  /** Lets the reached clip go if it is `entryId`'s (undefined: whatever it is). */
  drop(entryId?: string): void;
}

/** An empty slot whose clips `load` makes (null: nothing to play for that entry). */
export function createReachSlot(load: (entryId: string) => DeckClip | null): ReachSlot {
  let reached: DeckClip | null = null;
  const drop = (entryId?: string) => {
    if (!reached || (entryId !== undefined && reached.entryId !== entryId)) return;
    reached.clip.unload();
    reached = null;
  };
  return {
    holds: (entryId, clip) => holdsClip(reached, entryId, clip),
    has: (entry) => isEntry(reached, entry),
    reach: (entry, inHand) => {
      if (isEntry(reached, entry)) return;
      drop();
      if (!inHand.some((held) => isEntry(held, entry))) reached = load(entry.entryId);
    },
    take: (entry) => {
      const taken = isEntry(reached, entry) ? reached : null;
      if (!taken) drop();
      reached = null;
      return taken;
    },
    drop,
  };
}
