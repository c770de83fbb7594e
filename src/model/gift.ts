import { GIFT_CAPS } from './giftCaps';
import { cleanDedication, cleanLine } from './giftText';
import type { NewTapeStamp } from './newTape';
import { dealColors } from './palettes';
import type { Dedication, Tape } from './tape';
import { MAX_TITLE_LENGTH } from './tapeEdits';

/** The tape with this dedication (cleaned), or without one when `d` leaves nothing; the same tape when unchanged. */
export function setDedication(tape: Tape, d: Partial<Dedication> | null): Tape {
  const clean = d === null ? undefined : cleanDedication(d);
  const before = tape.dedication;
  if (clean?.from === before?.from && clean?.to === before?.to && clean?.message === before?.message) {
    return tape;
  }
  const { dedication: _dropped, ...rest } = tape;
  return clean ? { ...rest, dedication: clean } : rest;
}

/** The tape with entry `entryId`'s note set (cleaned; an empty note removes it); the same tape when unchanged. */
export function setTrackNote(tape: Tape, entryId: string, note: string): Tape {
  const clean = cleanLine(note, GIFT_CAPS.note);
  const track = tape.tracks.find((t) => t.id === entryId);
  if (!track || (track.note ?? '') === clean) return tape;
  return {
    ...tape,
    tracks: tape.tracks.map((t) => {
      if (t.id !== entryId) return t;
      const { note: _dropped, ...rest } = t;
      return clean ? { ...rest, note: clean } : rest;
    }),
  };
}

/**
 * "Make one back": a blank tape answering `original`, addressed to its sender (its dedication's To and
 * From swapped, no message yet) and naming it (replyTo), titled "For Alex" (or "Reply to <title>" when the
 * sender gave no name), in the n-th colours as any new tape.
 */
export function replyTape({ id, n, now }: NewTapeStamp, original: Tape): Tape {
  const from = original.dedication?.to ?? '';
  const to = original.dedication?.from ?? '';
  const dedication = cleanDedication({ from, to, message: '' });
  return {
    id,
    title: cleanLine(to ? `For ${to}` : `Reply to ${original.title}`, MAX_TITLE_LENGTH),
    tracks: [],
    sideBStart: 0,
    colors: dealColors(n),
    length: 'C60',
    ...(dedication ? { dedication } : {}),
    replyTo: { title: cleanLine(original.title, MAX_TITLE_LENGTH), from: cleanLine(to, GIFT_CAPS.name) },
    updatedAt: now,
  };
}
