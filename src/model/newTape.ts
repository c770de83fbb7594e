import { dealColors } from './palettes';
import type { Tape } from './tape';
import { MAX_TITLE_LENGTH } from './tapeEdits';
import type { Track } from './track';

/** A tape's cassette length and where it turns over. */
export type TapeLayout = Pick<Tape, 'length' | 'sideBStart'>;

/**
 * What makes a new tape itself: its id, its place on the shelf (`n`, the count of tapes already there,
 * which deals its colours) and when it was made (`now`, ms since the epoch).
 */
export interface NewTapeStamp {
  readonly id: string;
  readonly n: number;
  readonly now: number;
}

/** A blank C60: "My first mixtape" on an empty shelf, then "Mixtape 2", "Mixtape 3"…; the n-th colours. */
export function blankTape({ id, n, now }: NewTapeStamp): Tape {
  return {
    id,
    title: n === 0 ? 'My first mixtape' : `Mixtape ${n + 1}`,
    tracks: [],
    sideBStart: 0,
    colors: dealColors(n),
    length: 'C60',
    updatedAt: now,
  };
}

/**
 * A playlist from a file as a tape: its title trimmed and cut to MAX_TITLE_LENGTH ("Imported playlist" when
 * nothing is left), its entries (already given their ids) in order, the layout worked out for them
 * (model/sideSplit's playlistLayout), in the n-th colours.
 */
export function importedTape(
  { id, n, now }: NewTapeStamp,
  title: string,
  tracks: readonly Track[],
  layout: TapeLayout,
): Tape {
  return {
    id,
    title: title.trim().slice(0, MAX_TITLE_LENGTH) || 'Imported playlist',
    tracks,
    ...layout,
    colors: dealColors(n),
    updatedAt: now,
  };
}
