import { BUILT_IN_TRACKS } from '../data/junoTape';
import { clampSplit, type Tape } from '../model/tape';
import { awaitingNames, catalogSongId, type Track, wantedTrack } from '../model/track';
import { CATALOG_CLIP_SECONDS, CATALOG_FORMATS } from './catalogRefs';
import type { WireTape, WireTrack } from './schema';

/**
 * A whole tape from what a link carried. Entry ids are made afresh from the position, since the same
 * song may sit on a tape twice; built-in songs come back as today's catalog entries, and catalog songs as
 * tracks awaiting their lookup (isAwaitingLookup): no real title, artist or preview until the catalog answers.
 */
export function fromWire(wire: WireTape, tapeId: string): Tape {
  const tracks = wire.tracks.map((t, i) => withNote(toTrack(t, i), t.note));
  const sideBStart = wire.sideBStart;
  return {
    id: tapeId,
    title: wire.title,
    ...(wire.subtitle === undefined ? {} : { subtitle: wire.subtitle }),
    tracks,
    sideBStart: clampSplit(sideBStart, tracks.length),
    colors: wire.colors,
    length: wire.length,
    ...(wire.linerNotes === undefined ? {} : { linerNotes: wire.linerNotes }),
    ...(wire.dedication === undefined ? {} : { dedication: wire.dedication }),
    ...(wire.replyTo === undefined ? {} : { replyTo: wire.replyTo }),
  };
}

function withNote(track: Track, note: string | undefined): Track {
  return note ? { ...track, note } : track;
}

function toTrack(track: WireTrack, index: number): Track {
  // A song named without an address (format 3) keeps its place, awaiting a preview the friend can find.
  if (track.kind === 'named') return { ...wantedTrack(track), id: `wanted~${index}` };
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
  if (track.kind === 'catalog') {
    return {
      id: `catalog~${index}`,
      songId: catalogSongId(track),
      // Named by its id until the catalog answers, so every control on its row still has a name.
      ...awaitingNames(track),
      previewUrl: '',
      format: CATALOG_FORMATS[track.provider],
      clipSeconds: CATALOG_CLIP_SECONDS,
      source: 'catalog',
    };
  }
  const { kind: _kind, songId, note: _note, ...rest } = track;
  return { ...rest, id: `${track.source}~${index}`, songId: songId ?? `url:${track.previewUrl}` };
}
