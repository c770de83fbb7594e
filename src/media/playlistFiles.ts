/** Playlist files, and the exports that name songs to match: CSV, Apple's text and XML, song lists. */
export const PLAYLIST_EXTENSIONS = [
  '.xspf',
  '.jspf',
  '.json',
  '.m3u',
  '.m3u8',
  '.pls',
  '.csv',
  '.txt',
  '.xml',
  '.plist',
] as const;

export const isPlaylistFile = (file: File) =>
  PLAYLIST_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext));

/** The most a playlist file may weigh before it is read at all. */
export const MAX_PLAYLIST_BYTES = 2 * 1024 * 1024;
