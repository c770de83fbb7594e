import * as v from 'valibot';
import { type Failure, fail, webUrl } from './common';
import type { CatalogResult, CatalogTrack, LookupOutcome } from './provider';

/** Deezer answers errors with HTTP 200 and this body; JSONP hides the status anyway. */
const ErrorBody = v.object({
  error: v.object({
    type: v.optional(v.string()),
    message: v.optional(v.string()),
    code: v.optional(v.number()),
  }),
});

/**
 * Deezer's error codes, from its API reference (developers.deezer.com/api/errors): QUOTA (4, "Quota
 * limit exceeded", over 50 requests in 5 seconds) and SERVICE_BUSY (700) ask us to slow down and try
 * again; DATA_NOT_FOUND (800, "DataException: no data") means the id names no track (any more).
 */
const QUOTA_CODE = 4;
const SERVICE_BUSY_CODE = 700;
const NOT_FOUND_CODE = 800;

const Track = v.object({
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  type: v.optional(v.literal('track')),
  title: v.pipe(v.string(), v.nonEmpty()),
  duration: v.optional(v.number()),
  // Empty when the rights holder allows no preview.
  preview: v.string(),
  link: v.optional(v.string()),
  artist: v.object({ name: v.string() }),
  album: v.optional(v.object({ title: v.optional(v.string()), cover_medium: v.nullish(v.string()) })),
});

const SearchBody = v.object({ data: v.array(v.unknown()) });
const UNREADABLE = fail('bad-response', 'The Deezer catalog sent an answer Mixtape cannot read.');

/** The failure an error body stands for, or undefined when the payload is not an error. */
function errorIn(payload: unknown): Failure | 'not-found' | undefined {
  const body = v.safeParse(ErrorBody, payload);
  if (!body.success) return undefined;
  const { code, message } = body.output.error;
  if (code === NOT_FOUND_CODE) return 'not-found';
  if (code === QUOTA_CODE || code === SERVICE_BUSY_CODE) {
    return fail(
      'rate-limited',
      'The Deezer catalog is busy (it allows about 50 requests every 5 seconds). Try again in a minute.',
    );
  }
  const said = message ? `: “${message.slice(0, 120)}”` : '';
  return fail('unavailable', `The Deezer catalog turned the request down${said}. Try again later.`);
}

function toTrack(track: v.InferOutput<typeof Track>): CatalogTrack | undefined {
  const previewUrl = webUrl(track.preview);
  if (!previewUrl) return undefined;
  const artworkUrl = webUrl(track.album?.cover_medium);
  const storeUrl = webUrl(track.link);
  const album = track.album?.title;
  const seconds = track.duration;
  return {
    provider: 'deezer',
    catalogId: String(track.id),
    title: track.title,
    artist: track.artist.name,
    ...(album ? { album } : {}),
    ...(seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? { durationSeconds: seconds } : {}),
    previewUrl,
    format: 'mp3',
    ...(artworkUrl ? { artworkUrl } : {}),
    ...(storeUrl ? { storeUrl } : {}),
  };
}

/** A search answer's playable tracks; items that are not tracks or have no preview are skipped. */
export function readDeezerSearch(payload: unknown): CatalogResult<CatalogTrack[]> {
  const error = errorIn(payload);
  if (error === 'not-found') return { ok: true, value: [] };
  if (error) return error;
  const body = v.safeParse(SearchBody, payload);
  if (!body.success) return UNREADABLE;
  const value = body.output.data.flatMap((item) => {
    const track = v.safeParse(Track, item);
    return (track.success && toTrack(track.output)) || [];
  });
  return { ok: true, value };
}

/** A track answer (`/track/<id>`): the song, or why there is none (no such id, no preview), or the error. */
export function readDeezerTrack(payload: unknown): LookupOutcome {
  const error = errorIn(payload);
  if (error === 'not-found') return { kind: 'missing', reason: 'no longer in the Deezer catalog' };
  if (error) return { kind: 'failed', error: error.error };
  const track = v.safeParse(Track, payload);
  if (!track.success) return { kind: 'failed', error: UNREADABLE.error };
  const song = toTrack(track.output);
  return song ? { kind: 'found', song } : { kind: 'missing', reason: 'no preview in the Deezer catalog' };
}
