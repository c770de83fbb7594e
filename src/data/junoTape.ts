import { balancedSplit, type Tape } from '../model/tape';
import { countedSeconds, type Track } from '../model/track';
import clips from './clips.generated.json';
import album from './juno.json';

export interface ClipInfo {
  readonly file: string;
  readonly seconds: number;
  readonly bytes: number;
  readonly key: string;
  readonly bpm: number;
  readonly voice: string;
}

const clipTable: Readonly<Record<string, ClipInfo>> = clips;

export const JUNO_TAPE_ID = 'juno-2007';

// Outside Vite (the bench runs under tsx) there is no import.meta.env.
const BASE_URL: string = import.meta.env?.BASE_URL ?? '/';

/** The built-in tracks, keyed by song id, so other tapes (and share links) can refer to them briefly. */
export const BUILT_IN_TRACKS: ReadonlyMap<string, Track> = new Map(
  album.tracks.map((song) => {
    const clip = clipTable[song.id];
    if (!clip) throw new Error(`No stand-in clip for ${song.id}: run npm run clips`);
    const track: Track = {
      id: song.id,
      songId: song.id,
      title: song.title,
      artist: song.artist,
      album: `${album.title} (${album.subtitle})`,
      previewUrl: `${BASE_URL}${clip.file}`,
      format: 'mp3',
      clipSeconds: clip.seconds,
      fullSeconds: song.albumSeconds,
      source: 'stand-in',
      standInNote: `${clip.key} · ${clip.bpm} bpm · ${clip.voice}`,
    };
    return [song.id, track];
  }),
);

export function junoTape(): Tape {
  const tracks = [...BUILT_IN_TRACKS.values()];
  return {
    id: JUNO_TAPE_ID,
    title: album.title,
    subtitle: `${album.subtitle}, ${album.year}`,
    tracks,
    sideBStart: balancedSplit(tracks.map(countedSeconds)),
    colors: { shell: '#2f2a26', label: '#f4e3b5' },
    length: 'C60',
    linerNotes:
      'The soundtrack to Juno (2007): lo-fi, warm and a little awkward, like a tape from an old friend. Six songs by Kimya Dawson.',
  };
}
