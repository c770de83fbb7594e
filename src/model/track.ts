/**
 * Where a track's audio comes from; decides whether it can travel in a link and how it is labelled.
 * 'wanted': a song a playlist named that no preview was found (or chosen) for yet: it keeps its place
 * and name on the tape, awaiting a preview, and is never played.
 */
export type TrackSource = 'stand-in' | 'catalog' | 'url' | 'local' | 'wanted';

export interface Track {
  /** Unique within a tape: the same song may sit on a tape twice, each entry with its own id. */
  readonly id: string;
  /** Identifies the song itself (a built-in catalog id such as `j01`, or a catalog/provider id). */
  readonly songId: string;
  readonly title: string;
  readonly artist: string;
  readonly album?: string;
  readonly previewUrl: string;
  /** howler guesses the codec from the URL's extension, which catalog URLs do not always have. */
  readonly format?: string;
  /**
   * Length of the clip that actually plays, read from the audio; LENGTH_UNKNOWN (0) for a stream that
   * announced none, until it is measured as it plays (the store's `measured`).
   */
  readonly clipSeconds: number;
  /** Length of the full recording, when known; what a real cassette would have to hold. */
  readonly fullSeconds?: number;
  readonly source: TrackSource;
  /** A short description of a stand-in clip ("D major · 92 bpm · ukulele"), shown beside it. */
  readonly standInNote?: string;
  /** Cover art for catalog songs (a web address). */
  readonly artworkUrl?: string;
  /** The catalog's store page, which its terms ask every preview be shown next to. */
  readonly storeUrl?: string;
  /** Why this song is on the tape, in the maker's words (issue 15): one line, at most GIFT_CAPS.note. */
  readonly note?: string;
}

/** Whether the track has audio to play: a wanted one awaits a preview, so the queue passes it by. */
export const isPlayable = (track: Track): boolean => track.source !== 'wanted';

/** The ids of a tape's tracks that can play, in tape order: what the play order is made of. */
export const playableIds = (tracks: readonly Track[]): string[] => tracks.filter(isPlayable).map((t) => t.id);

/** A song named with no audio to play: a playlist's entry no preview was found for, or a link's named record. */
export interface NamedSong {
  readonly title: string;
  readonly artist: string;
  readonly album?: string | undefined;
  /** The recording's length in seconds, when the source states one. */
  readonly seconds?: number | undefined;
}

/** A name as the songId of a wanted track holds it: letter case, Unicode forms and runs of spaces aside. */
const plainName = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The track, before the tape gives it an entry id, that keeps a named song's place on a tape while it
 * awaits a preview (source 'wanted'): no address, never played, its stated length counted. Its songId
 * (`wanted:artist|title`, compared plainly) makes the same song wanted twice one song, wherever it came from.
 */
export function wantedTrack(song: NamedSong): Omit<Track, 'id'> {
  return {
    songId: `wanted:${plainName(song.artist)}|${plainName(song.title)}`,
    title: song.title,
    artist: song.artist,
    ...(song.album ? { album: song.album } : {}),
    previewUrl: '',
    clipSeconds: LENGTH_UNKNOWN,
    ...(song.seconds ? { fullSeconds: song.seconds } : {}),
    source: 'wanted',
  };
}

/** `clipSeconds` of a clip whose length is not known yet: no clip that plays lasts 0 s. */
export const LENGTH_UNKNOWN = 0;

/**
 * The song's own length in seconds, when known. A stand-in or a catalog preview plays a clip of a longer
 * recording, whose length comes from the album or the catalog (`fullSeconds`); a song added from a link or
 * from this device plays whole, so its clip (`clip`: as measured from the audio, else as stored) is the song.
 * Undefined when all that is known is a preview's length, or nothing is (a stream not yet measured).
 */
export function songSeconds(track: Track, clip: number = track.clipSeconds): number | undefined {
  if (track.fullSeconds !== undefined) return track.fullSeconds;
  const wholeSong = track.source === 'url' || track.source === 'local';
  return wholeSong && clip !== LENGTH_UNKNOWN ? clip : undefined;
}

/**
 * The length a track takes on a tape, in seconds: the song's where known, else the clip's. The tracklist's
 * rows show it, the side's meter sums it and the J-card prints it, so they always agree; the deck alone
 * shows the clip, which is what it plays.
 */
export function tapeSeconds(track: Track, clip: number = track.clipSeconds): number {
  return songSeconds(track, clip) ?? clip;
}

/** tapeSeconds with the clip's stored length (for code that has no measurements, such as imports). */
export function countedSeconds(track: Track): number {
  return tapeSeconds(track);
}

/** The public catalogs a song can come from; the catalog module knows how to talk to each. */
export type CatalogName = 'itunes' | 'deezer';
export const CATALOG_NAMES: readonly CatalogName[] = ['itunes', 'deezer'];

export interface CatalogRef {
  readonly provider: CatalogName;
  readonly catalogId: string;
}

/** A catalog song's songId: `itunes:1440857781`. Links carry only this; the rest is looked up again. */
export function catalogSongId(ref: CatalogRef): string {
  return `${ref.provider}:${ref.catalogId}`;
}

export function parseCatalogSongId(songId: string): CatalogRef | null {
  const [, name, catalogId] = /^([a-z]+):(\d{1,20})$/.exec(songId) ?? [];
  const provider = CATALOG_NAMES.find((known) => known === name);
  return provider && catalogId ? { provider, catalogId } : null;
}

/** A catalog track known only by its id (from a link) whose title and preview have not arrived yet. */
export function isAwaitingLookup(track: Track): boolean {
  return track.source === 'catalog' && track.previewUrl === '' && parseCatalogSongId(track.songId) !== null;
}

const CATALOG_LABELS: Record<CatalogName, string> = { itunes: 'iTunes', deezer: 'Deezer' };

/** What a catalog track from a link is called until its details arrive: every control needs a name. */
export function awaitingNames(ref: CatalogRef): { title: string; artist: string } {
  return { title: `${CATALOG_LABELS[ref.provider]} song ${ref.catalogId}`, artist: 'Details on the way' };
}
