import * as v from 'valibot';
import { webUrl } from './common';
import type { CatalogTrack } from './provider';

const Envelope = v.object({
  resultCount: v.number(),
  results: v.array(v.unknown()),
});

// Only what we map is checked; iTunes sends many more fields (prices, genres, explicitness).
const Song = v.object({
  wrapperType: v.literal('track'),
  kind: v.literal('song'),
  trackId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  trackName: v.pipe(v.string(), v.nonEmpty()),
  artistName: v.string(),
  collectionName: v.optional(v.string()),
  trackTimeMillis: v.optional(v.number()),
  previewUrl: v.string(),
  artworkUrl100: v.optional(v.string()),
  trackViewUrl: v.optional(v.string()),
});

function toTrack(song: v.InferOutput<typeof Song>): CatalogTrack | undefined {
  const previewUrl = webUrl(song.previewUrl);
  if (!previewUrl) return undefined;
  const millis = song.trackTimeMillis;
  const artworkUrl = webUrl(song.artworkUrl100);
  const storeUrl = webUrl(song.trackViewUrl);
  return {
    provider: 'itunes',
    catalogId: String(song.trackId),
    title: song.trackName,
    artist: song.artistName,
    ...(song.collectionName ? { album: song.collectionName } : {}),
    ...(millis !== undefined && Number.isFinite(millis) && millis > 0
      ? { durationSeconds: millis / 1000 }
      : {}),
    previewUrl,
    // The previews are AAC in an MPEG-4 container, whatever the URL ends with.
    format: 'm4a',
    ...(artworkUrl ? { artworkUrl } : {}),
    ...(storeUrl ? { storeUrl } : {}),
  };
}

/**
 * The playable songs in a search or lookup answer, or undefined when the answer is not one. Results of
 * other kinds (music videos, albums, artists) and songs without a usable preview are skipped one by one.
 */
export function itunesTracks(payload: unknown): CatalogTrack[] | undefined {
  const envelope = v.safeParse(Envelope, payload);
  if (!envelope.success) return undefined;
  return envelope.output.results.flatMap((result) => {
    const song = v.safeParse(Song, result);
    const track = song.success ? toTrack(song.output) : undefined;
    return track ? [track] : [];
  });
}
