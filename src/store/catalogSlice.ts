import type { CatalogDetails } from '../catalog/catalogTrack';
import { resolveActiveTape } from '../model/activeTape';
import type { Tape } from '../model/tape';
import { isAwaitingLookup, type Track } from '../model/track';
import { syncQueue } from './queueSync';
import type { SliceCreator } from './types';

/** Filling in what catalog lookups bring back; not an edit, so it makes no undo step. */
export interface CatalogSlice {
  /**
   * Gives every track with this songId on the shelf, the visiting tape and the open tape the details
   * looked up: tracks that came in a link as an id only, and Deezer previews whose address expired.
   */
  fillCatalogDetails: (found: readonly CatalogDetails[]) => void;
}

/**
 * A track known only by its id takes everything the catalog says; a track the listener already has
 * (perhaps renamed) takes only the fresh preview address, so nothing they wrote is overwritten.
 */
function filled(track: Track, details: CatalogDetails): Track {
  if (isAwaitingLookup(track)) return { ...details, id: track.id };
  if (track.source !== 'catalog' || track.previewUrl === details.previewUrl) return track;
  return { ...track, previewUrl: details.previewUrl };
}

function fillTape(tape: Tape, bySong: ReadonlyMap<string, CatalogDetails>, touched: Set<string>): Tape {
  let changed = false;
  const tracks = tape.tracks.map((track) => {
    const details = bySong.get(track.songId);
    const next = details ? filled(track, details) : track;
    if (next !== track) {
      changed = true;
      touched.add(track.id);
    }
    return next;
  });
  return changed ? { ...tape, tracks } : tape;
}

export const createCatalogSlice: SliceCreator<CatalogSlice> = (set) => ({
  fillCatalogDetails: (found) =>
    set((s) => {
      const bySong = new Map(found.map((details) => [details.songId, details]));
      const touched = new Set<string>();
      const tapes = s.shelf.tapes.map((tape) => fillTape(tape, bySong, touched));
      const visiting = s.visiting ? fillTape(s.visiting, bySong, touched) : null;
      if (touched.size === 0) return {};
      const shelf = { ...s.shelf, tapes };
      const tape = resolveActiveTape(shelf, s.builtIns, visiting);
      // A track that failed for want of its address may play now.
      const unavailable = Object.fromEntries(
        Object.entries(s.unavailable).filter(([entryId]) => !touched.has(entryId)),
      );
      return { shelf, visiting, unavailable, ...syncQueue(s, tape) };
    }),
});
