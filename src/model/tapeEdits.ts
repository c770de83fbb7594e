import { clampSplit, sideCapacitySeconds, type Tape, type TapeColors, type TapeLength } from './tape';
import { cutTo } from './text';
import { countedSeconds, type Track, tapeSeconds } from './track';

export const MAX_TITLE_LENGTH = 100;
export const MAX_NOTES_LENGTH = 2000;

export function removeTrack(tape: Tape, entryId: string): Tape {
  const index = tape.tracks.findIndex((t) => t.id === entryId);
  if (index < 0) return tape;
  const split = clampSplit(tape.sideBStart, tape.tracks.length);
  return {
    ...tape,
    tracks: tape.tracks.filter((t) => t.id !== entryId),
    sideBStart: index < split ? split - 1 : split,
  };
}

/**
 * Adds tracks the way one fills a real tape: side A while it has room and side B is still blank,
 * then the end of side B.
 */
export function appendTracks(tape: Tape, added: readonly Track[]): Tape {
  let tracks = [...tape.tracks];
  let split = clampSplit(tape.sideBStart, tracks.length);
  const capacity = sideCapacitySeconds(tape.length);
  for (const track of added) {
    const sideBEmpty = split === tracks.length;
    const sideA = tracks.slice(0, split).reduce((sum, t) => sum + countedSeconds(t), 0);
    if (sideBEmpty && sideA + countedSeconds(track) <= capacity) {
      tracks = [...tracks.slice(0, split), track, ...tracks.slice(split)];
      split += 1;
    } else {
      tracks = [...tracks, track];
    }
  }
  return { ...tape, tracks, sideBStart: split };
}

export type TrackPatch = Partial<Pick<Track, 'title' | 'artist'>>;

export function updateTrack(tape: Tape, entryId: string, patch: TrackPatch): Tape {
  const title = patch.title?.trim().slice(0, 200);
  const artist = patch.artist?.trim().slice(0, 200);
  const clean: TrackPatch = { ...(title ? { title } : {}), ...(artist !== undefined ? { artist } : {}) };
  return { ...tape, tracks: tape.tracks.map((t) => (t.id === entryId ? { ...t, ...clean } : t)) };
}

/** Puts other songs in some tracks' places (a stand-in for the real preview), keeping each entry's id. */
export function replaceTracks(tape: Tape, songs: ReadonlyMap<string, Omit<Track, 'id'>>): Tape {
  if (!tape.tracks.some((t) => songs.has(t.id))) return tape;
  return {
    ...tape,
    tracks: tape.tracks.map((t) => {
      const song = songs.get(t.id);
      return song ? { ...song, id: t.id } : t;
    }),
  };
}

/**
 * The tape with `title`, its runs of white space made one space, trimmed and cut to MAX_TITLE_LENGTH UTF-16
 * code units without splitting a character; the tape as it was when nothing is left.
 */
export function renameTape(tape: Tape, title: string): Tape {
  const clean = cutTo(title.replace(/\s+/g, ' ').trim(), MAX_TITLE_LENGTH);
  return clean ? { ...tape, title: clean } : tape;
}

export function setColors(tape: Tape, colors: Partial<TapeColors>): Tape {
  return { ...tape, colors: { ...tape.colors, ...colors } };
}

export function setLength(tape: Tape, length: TapeLength): Tape {
  return { ...tape, length };
}

export function setLinerNotes(tape: Tape, notes: string): Tape {
  const clean = notes.slice(0, MAX_NOTES_LENGTH);
  if (!clean.trim()) {
    const { linerNotes: _dropped, ...rest } = tape;
    return rest;
  }
  return { ...tape, linerNotes: clean };
}

export interface SideUsage {
  readonly side: 'A' | 'B';
  readonly used: number;
  readonly capacity: number;
  readonly over: number;
}

/**
 * How full each side is, in seconds, counting whole songs where their length is known, as a real tape
 * would, else the clip (tapeSeconds); `clipOf` gives a clip's length as measured, so the sums match the rows.
 */
export function sideUsage(
  tape: Tape,
  clipOf: (track: Track) => number = (track) => track.clipSeconds,
): readonly [SideUsage, SideUsage] {
  const split = clampSplit(tape.sideBStart, tape.tracks.length);
  const capacity = sideCapacitySeconds(tape.length);
  const sum = (tracks: readonly Track[]) => tracks.reduce((n, t) => n + tapeSeconds(t, clipOf(t)), 0);
  const usage = (side: 'A' | 'B', used: number): SideUsage => ({
    side,
    used,
    capacity,
    over: Math.max(0, used - capacity),
  });
  return [usage('A', sum(tape.tracks.slice(0, split))), usage('B', sum(tape.tracks.slice(split)))];
}

/**
 * A copy under a new tape id. Entry ids only need to be unique within a tape, so they are kept:
 * taking the Juno tape as one's own mid-song must not make the playing entry disappear.
 */
export function copyTape(tape: Tape, id: string, title = tape.title): Tape {
  return { ...tape, id, title };
}
