import { clampSplit, type Tape } from '../model/tape';
import type { Track } from '../model/track';
import { catalogRefOf } from './catalogRefs';

/**
 * What a share link preserves: everything but the tape's id, its edit time and the tracks' entry ids,
 * with the side split clamped and colours in lower case. Two tapes with equal content are the same mix.
 */
export function tapeContent(tape: Tape) {
  return {
    title: tape.title,
    subtitle: tape.subtitle,
    tracks: tape.tracks.map(trackContent),
    sideBStart: clampSplit(tape.sideBStart, tape.tracks.length),
    colors: { shell: tape.colors.shell.toLowerCase(), label: tape.colors.label.toLowerCase() },
    length: tape.length,
    linerNotes: tape.linerNotes,
    dedication: tape.dedication,
    replyTo: tape.replyTo,
  };
}

/**
 * A catalog song is its id: the link carries nothing else, and the receiver's copy gains title, preview and
 * artwork only when the lookup answers. So the sender's tape, the link opened offline and the link after
 * its lookup are all the same mix.
 */
function trackContent({
  id: _id,
  ...track
}: Track): Omit<Track, 'id'> | Pick<Track, 'source' | 'songId' | 'note'> {
  if (!catalogRefOf(track)) return track;
  const ref = { source: track.source, songId: track.songId };
  return track.note === undefined ? ref : { ...ref, note: track.note };
}

export function sameTapeContent(a: Tape, b: Tape): boolean {
  return stableJson(tapeContent(a)) === stableJson(tapeContent(b));
}

// Tracks built by spreading may list their keys in any order; equal content must compare equal.
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
