import { BUILT_IN_TRACKS } from '../data/junoTape';
import { clampSplit, type Tape } from '../model/tape';
import type { Track } from '../model/track';
import type { WireTape, WireTrack } from './schema';

/**
 * A whole tape from what a link carried. Entry ids are made afresh from the position, since the same
 * song may sit on a tape twice; built-in songs come back as today's catalog entries.
 */
export function fromWire(wire: WireTape, tapeId: string): Tape {
  const tracks = wire.tracks.map(toTrack);
  return {
    id: tapeId,
    title: wire.title,
    ...(wire.subtitle === undefined ? {} : { subtitle: wire.subtitle }),
    tracks,
    sideBStart: clampSplit(wire.sideBStart, tracks.length),
    colors: wire.colors,
    length: wire.length,
    ...(wire.linerNotes === undefined ? {} : { linerNotes: wire.linerNotes }),
  };
}

function toTrack(track: WireTrack, index: number): Track {
  if (track.kind === 'built-in') {
    const known = BUILT_IN_TRACKS.get(track.songId);
    // The schema has already refused unknown songs; this keeps the type honest without a cast.
    if (!known) throw new Error(`Unknown built-in song ${track.songId}`);
    return {
      ...known,
      id: `${track.songId}~${index}`,
      ...(track.title === undefined ? {} : { title: track.title }),
      ...(track.artist === undefined ? {} : { artist: track.artist }),
    };
  }
  const { kind: _kind, songId, ...rest } = track;
  return { ...rest, id: `${track.source}~${index}`, songId: songId ?? `url:${track.previewUrl}` };
}
