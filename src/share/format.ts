import { TAPE_LENGTHS } from '../model/tape';
import { ByteReader, ByteWriter } from './bytes';
import { V1_DEFAULTS } from './defaults';
import type { ShareVersion } from './envelope';
import { invalidLink, SHARE_ERRORS, ShareFailure } from './errors';
import { LIMITS } from './limits';
import { readTrack, writeTrack } from './records';
import type { WireTape } from './schema';

// Tape header, the first byte of the body:
//   bits 0–1 length (C46, C60, C90)   bit 2 title is Juno's   bit 3 colours are Juno's
//   bits 4–5 subtitle, bits 6–7 liner notes: 0 none, 1 Juno's, 2 spelled out
const TITLE_DEFAULT = 1 << 2;
const COLORS_DEFAULT = 1 << 3;
const ABSENT = 0;
const DEFAULT = 1;
const SPELLED = 2;

type OptionalText = 'subtitle' | 'linerNotes';

function mode(wire: WireTape, field: OptionalText): number {
  const value = wire[field];
  if (value === undefined) return ABSENT;
  return value === V1_DEFAULTS[field] ? DEFAULT : SPELLED;
}

/**
 * The oldest format that can carry this tape: 2 once it holds a catalog reference, else 1. Links without
 * catalog songs stay byte for byte what they were, so an app a version behind (a tab left open, an installed
 * copy not yet updated) still opens them; only links that need the new record say they are newer.
 */
export function formatVersionFor(wire: WireTape): ShareVersion {
  return wire.tracks.some((track) => track.kind === 'catalog') ? 2 : 1;
}

export function writeTapeBody(wire: WireTape): Uint8Array {
  const w = new ByteWriter();
  const colorsDefault =
    wire.colors.shell.toLowerCase() === V1_DEFAULTS.colors.shell &&
    wire.colors.label.toLowerCase() === V1_DEFAULTS.colors.label;
  const titleDefault = wire.title === V1_DEFAULTS.title;
  w.byte(
    TAPE_LENGTHS.indexOf(wire.length) |
      (titleDefault ? TITLE_DEFAULT : 0) |
      (colorsDefault ? COLORS_DEFAULT : 0) |
      (mode(wire, 'subtitle') << 4) |
      (mode(wire, 'linerNotes') << 6),
  );
  if (!titleDefault) w.string(wire.title);
  if (mode(wire, 'subtitle') === SPELLED) w.string(wire.subtitle ?? '');
  if (mode(wire, 'linerNotes') === SPELLED) w.string(wire.linerNotes ?? '');
  if (!colorsDefault) w.bytes(rgb(wire.colors.shell)).bytes(rgb(wire.colors.label));
  w.varint(wire.sideBStart).varint(wire.tracks.length);
  for (const track of wire.tracks) writeTrack(w, track);
  return w.done();
}

export function readTapeBody(body: Uint8Array, version: ShareVersion): WireTape {
  const r = new ByteReader(body);
  const head = r.byte();
  const length = TAPE_LENGTHS[head & 3];
  if (!length) throw new ShareFailure(SHARE_ERRORS.damaged);
  const title = head & TITLE_DEFAULT ? V1_DEFAULTS.title : r.string();
  const subtitle = readOptional(r, (head >> 4) & 3, 'subtitle');
  const linerNotes = readOptional(r, (head >> 6) & 3, 'linerNotes');
  const colors =
    head & COLORS_DEFAULT ? { ...V1_DEFAULTS.colors } : { shell: hex(r.take(3)), label: hex(r.take(3)) };
  const sideBStart = r.varint();
  const count = r.varint();
  if (count > LIMITS.tracks)
    throw new ShareFailure(invalidLink(`the tape’s track list holds more than ${LIMITS.tracks} tracks`));
  const tracks = Array.from({ length: count }, () => readTrack(r, version));
  if (!r.atEnd) throw new ShareFailure(SHARE_ERRORS.damaged);
  return {
    title,
    ...(subtitle === undefined ? {} : { subtitle }),
    ...(linerNotes === undefined ? {} : { linerNotes }),
    colors,
    length,
    sideBStart,
    tracks,
  };
}

function readOptional(r: ByteReader, fieldMode: number, field: OptionalText): string | undefined {
  if (fieldMode === ABSENT) return undefined;
  if (fieldMode === DEFAULT) return V1_DEFAULTS[field];
  if (fieldMode === SPELLED) return r.string();
  throw new ShareFailure(SHARE_ERRORS.damaged);
}

function rgb(color: string): Uint8Array {
  const n = Number.parseInt(color.slice(1), 16);
  return Uint8Array.of(n >> 16, (n >> 8) & 0xff, n & 0xff);
}

function hex(bytes: Uint8Array): string {
  return `#${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
