import { TAPE_LENGTHS } from '../model/tape';
import { ByteReader, ByteWriter } from './bytes';
import { V1_DEFAULTS } from './defaults';
import type { ShareVersion } from './envelope';
import { invalidLink, SHARE_ERRORS, ShareFailure } from './errors';
import { LIMITS } from './limits';
import { readTrack, writeTrack } from './records';
import type { WireTape, WireTrack } from './schema';

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
 * The oldest format that can carry this tape: 3 once it holds a dedication, a reply reference, a song's
 * note or a song named without an address; else 2 once it holds a catalog reference; else 1. Links without
 * them stay byte for byte what they were, so an app a version behind (a tab left open, an installed copy
 * not yet updated) still opens them; only links that need the new records say they are newer.
 */
export function formatVersionFor(wire: WireTape): ShareVersion {
  if (
    wire.dedication ||
    wire.replyTo ||
    wire.tracks.some((t) => t.note !== undefined || t.kind === 'named')
  ) {
    return 3;
  }
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
  if (formatVersionFor(wire) >= 3) writeGift(w, wire);
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
  const gift = version >= 3 ? readGift(r, tracks) : { tracks };
  if (!r.atEnd) throw new ShareFailure(SHARE_ERRORS.damaged);
  return {
    title,
    ...(subtitle === undefined ? {} : { subtitle }),
    ...(linerNotes === undefined ? {} : { linerNotes }),
    ...(gift.dedication === undefined ? {} : { dedication: gift.dedication }),
    ...(gift.replyTo === undefined ? {} : { replyTo: gift.replyTo }),
    colors,
    length,
    sideBStart,
    tracks: gift.tracks,
  };
}

// Format 3's gift, after the tracks: a flags byte (bit 0 dedication, bit 1 reply, bit 2 notes; the rest
// kept for later versions), then the dedication's From, To and message, the reply's title and sender, and
// the notes as a varint count of (varint gap since the previous noted track, note) pairs.
const HAS_DEDICATION = 1;
const HAS_REPLY = 2;
const HAS_NOTES = 4;

function writeGift(w: ByteWriter, wire: WireTape): void {
  const noted = wire.tracks.flatMap((t, index) => (t.note === undefined ? [] : [{ index, note: t.note }]));
  const { dedication, replyTo } = wire;
  w.byte((dedication ? HAS_DEDICATION : 0) | (replyTo ? HAS_REPLY : 0) | (noted.length > 0 ? HAS_NOTES : 0));
  if (dedication) w.string(dedication.from).string(dedication.to).string(dedication.message);
  if (replyTo) w.string(replyTo.title).string(replyTo.from);
  if (noted.length === 0) return;
  w.varint(noted.length);
  let next = 0;
  for (const { index, note } of noted) {
    w.varint(index - next).string(note);
    next = index + 1;
  }
}

function readGift(r: ByteReader, tracks: WireTrack[]): Pick<WireTape, 'dedication' | 'replyTo' | 'tracks'> {
  const flags = r.byte();
  if (flags & ~(HAS_DEDICATION | HAS_REPLY | HAS_NOTES)) throw new ShareFailure(SHARE_ERRORS.newerVersion);
  const dedication =
    flags & HAS_DEDICATION ? { from: r.string(), to: r.string(), message: r.string() } : undefined;
  const replyTo = flags & HAS_REPLY ? { title: r.string(), from: r.string() } : undefined;
  const noted = [...tracks];
  const count = flags & HAS_NOTES ? r.varint() : 0;
  if (flags & HAS_NOTES && count === 0) throw new ShareFailure(SHARE_ERRORS.damaged);
  let next = 0;
  for (let i = 0; i < count; i += 1) {
    const index = next + r.varint();
    const track = noted[index];
    if (!track) throw new ShareFailure(SHARE_ERRORS.damaged);
    noted[index] = { ...track, note: r.string() };
    next = index + 1;
  }
  return {
    ...(dedication === undefined ? {} : { dedication }),
    ...(replyTo === undefined ? {} : { replyTo }),
    tracks: noted,
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
