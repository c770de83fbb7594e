import {
  CATALOG_NAMES,
  type CatalogName,
  type CatalogRef,
  parseCatalogSongId,
  type Track,
} from '../model/track';

/**
 * Each catalog's number in a link (format 2 on). Frozen: links already shared depend on these numbers, so a
 * new catalog takes the next free one. A Record, so adding a catalog to the model fails to compile until it
 * has a number here.
 */
export const CATALOG_WIRE_NUMBERS: Readonly<Record<CatalogName, number>> = { itunes: 0, deezer: 1 };

/** What a catalog's previews are, as its lookup will report them; howler needs it before the address. */
export const CATALOG_FORMATS: Readonly<Record<CatalogName, string>> = { itunes: 'm4a', deezer: 'mp3' };

/** Every catalog serves a 30-second preview; the real length arrives with the lookup or the audio. */
export const CATALOG_CLIP_SECONDS = 30;

export function catalogByWireNumber(n: number): CatalogName | null {
  return CATALOG_NAMES.find((name) => CATALOG_WIRE_NUMBERS[name] === n) ?? null;
}

/**
 * The catalog song a track can travel as, by id alone, or null when it must be spelled out. Only catalog
 * tracks qualify: the receiver looks title, artist, artwork and preview up again, so anything the listener
 * changed on the track (a new title) stays behind — the catalog's own words come back.
 */
export function catalogRefOf(track: Pick<Track, 'source' | 'songId'>): CatalogRef | null {
  return track.source === 'catalog' ? parseCatalogSongId(track.songId) : null;
}
