// The new tape's length and sides load with the parser, not with the page.
export { playlistLayout } from '../model/sideSplit';
export type { ExportOptions, ExportResult } from './exportPlaylist';
export {
  type ImportOptions,
  type ImportResult,
  parsePlaylist,
  parsePlaylistBytes,
  tracksInFileOrder,
} from './importPlaylist';
export { toJspf } from './jspf';
export { toM3u8 } from './m3u';
export { downloadName } from './names';
export type { SongEntry } from './songEntry';
export { parseSongList, type SongListResult } from './songList';
export { toXspf } from './xspf';
