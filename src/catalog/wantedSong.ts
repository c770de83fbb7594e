/**
 * What the matcher needs of a song: the fields of playlists' SongEntry it reads. Structural, so a
 * SongEntry (or a tape track, see findMatches' songOf) passes as one without catalog/ importing
 * playlists/ (the layer map, docs/architecture.md).
 */
export interface WantedSong {
  readonly title: string;
  readonly artist: string;
  readonly album?: string;
  /** The full recording's length in whole seconds, when known: the tie-break between candidates. */
  readonly seconds?: number;
  /** ISRC (ISO 3901), 12 characters, upper case, no hyphens. */
  readonly isrc?: string;
}
