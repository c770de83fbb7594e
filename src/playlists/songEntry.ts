/**
 * A song a playlist names without an address a browser can play: a streaming-service export's row (Exportify,
 * TuneMyMusic, Soundiiz, Apple Music), a ListenBrainz JSPF track with no location, an M3U entry whose
 * location is a desktop player's local path, or a pasted "Artist – Title" line. Import hands these on to be
 * matched to catalog previews (issue 14) rather than dropping them.
 */
export interface SongEntry {
  /** Cleaned text (see cleanText), never empty. */
  readonly title: string;
  /** Cleaned text; several artists joined with ", " in the order the file gives them. */
  readonly artist: string;
  readonly album?: string;
  /** The full recording's length in whole seconds, when the file states one. */
  readonly seconds?: number;
  /** ISRC (ISO 3901): 12 characters, upper case, no hyphens; only when the file gives a well-formed one. */
  readonly isrc?: string;
  /** What the file gave as its location, if anything (a local path, a `spotify:track:` URI), for reasons shown. */
  readonly location?: string;
  /** 1-based line in the file for line-based formats (M3U, CSV, text), for messages. */
  readonly line?: number;
}
