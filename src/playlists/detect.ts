import { isAppleTextHeader } from './appleText';
import { isSongTableHeader } from './csv';
import { looksLikeSongList } from './songList';

export type PlaylistFormat = 'xspf' | 'jspf' | 'm3u' | 'pls' | 'plist' | 'appleText' | 'csv' | 'songList';

const BY_EXTENSION: Readonly<Record<string, PlaylistFormat>> = {
  xspf: 'xspf',
  jspf: 'jspf',
  json: 'jspf',
  m3u: 'm3u',
  m3u8: 'm3u',
  pls: 'pls',
  csv: 'csv',
  xml: 'plist',
  plist: 'plist',
};

/**
 * The content decides when it is unmistakable (files get renamed, and downloads lose their extension);
 * otherwise the extension does; failing both, a list of web addresses is read as plain M3U, and last of
 * all, lines of "Artist – Title" as a song list (a .txt file has no format of its own to claim).
 */
export function detectFormat(text: string, fileName: string): PlaylistFormat | undefined {
  const start = text.trimStart().slice(0, 4096);
  const firstLine = start.split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(\w+:)?playlist[\s>]/i.test(start)) return 'xspf';
  if (/^(<\?xml[^>]*>\s*)?(<!DOCTYPE\s+plist[^>]*>\s*)?<plist[\s>]/i.test(start)) return 'plist';
  if (/^\{/.test(start) && /"playlist"\s*:/.test(text)) return 'jspf';
  if (/^\[playlist\]/i.test(start)) return 'pls';
  if (/^#EXTM3U/i.test(start)) return 'm3u';
  if (isAppleTextHeader(firstLine)) return 'appleText';
  if (isSongTableHeader(firstLine)) return 'csv';
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  const byName = BY_EXTENSION[extension];
  if (byName) return byName;
  if (/^\{/.test(start)) return 'jspf';
  if (/^</.test(start)) return 'xspf';
  if (/^\s*https?:\/\//im.test(start)) return 'm3u';
  if (looksLikeSongList(start)) return 'songList';
  return undefined;
}
