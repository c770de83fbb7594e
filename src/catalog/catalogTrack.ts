import { catalogSongId, type Track } from '../model/track';
import type { CatalogTrack } from './provider';

/** Catalog previews are 30 seconds long; the real length is known once the audio loads. */
export const PREVIEW_SECONDS = 30;

/** A catalog song as a tape track: known by `provider:id`, so a link can carry just that. */
export function trackFromCatalog(song: CatalogTrack): Omit<Track, 'id'> {
  return {
    songId: catalogSongId(song),
    title: song.title,
    artist: song.artist,
    ...(song.album ? { album: song.album } : {}),
    previewUrl: song.previewUrl,
    format: song.format,
    clipSeconds: PREVIEW_SECONDS,
    ...(song.durationSeconds ? { fullSeconds: song.durationSeconds } : {}),
    source: 'catalog',
    ...(song.artworkUrl ? { artworkUrl: song.artworkUrl } : {}),
    ...(song.storeUrl ? { storeUrl: song.storeUrl } : {}),
  };
}

/** What a catalog lookup fills in on a track that came as an id, or whose preview address expired. */
export type CatalogDetails = Omit<Track, 'id' | 'standInNote'>;
