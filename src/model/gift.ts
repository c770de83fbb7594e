import type { NewTapeStamp } from './newTape';
import { dealColors } from './palettes';
import type { Dedication, ReplyTo, Tape } from './tape';
import { MAX_TITLE_LENGTH } from './tapeEdits';
import { cutTo } from './text';

/**
 * Caps, in UTF-16 code units, on a tape's dedication and its songs' notes. Share links hold them to the
 * same (share/limits.ts), so a link never carries more than an editor lets one type.
 */
export const GIFT_CAPS = { name: 40, message: 280, note: 140 } as const;

/**
 * One line as titles are kept: control characters dropped, runs of white space made one space, trimmed,
 * and cut to `max` code units without splitting a character.
 */
export function cleanLine(text: string, max: number): string {
  return cutTo(
    text
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  );
}

/**
 * A message as a letter is kept: its line breaks stay (at most one empty line in a row), other control
 * characters go, each line's ends are trimmed, and the whole is cut to GIFT_CAPS.message.
 */
export function cleanMessage(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[^\P{Cc}\n]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  return cutTo(
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    GIFT_CAPS.message,
  );
}

/** A dedication cleaned as it is kept, or undefined when nothing is left of it. */
export function cleanDedication(d: Partial<Dedication>): Dedication | undefined {
  const clean = {
    from: cleanLine(d.from ?? '', GIFT_CAPS.name),
    to: cleanLine(d.to ?? '', GIFT_CAPS.name),
    message: cleanMessage(d.message ?? ''),
  };
  return clean.from || clean.to || clean.message ? clean : undefined;
}

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

/** "for Sam, from Alex", "for Sam", "from Alex", or '' when the dedication names no one. */
export function dedicationLine(d: Dedication | undefined): string {
  const parts = [d?.to ? `for ${d.to}` : '', d?.from ? `from ${d.from}` : ''];
  return parts.filter(Boolean).join(', ');
}

/** "in reply to “Summer 2007” from Sam", or without "from …" when the first tape named no sender. */
export function replyLine(reply: ReplyTo): string {
  return `in reply to “${reply.title}”${reply.from ? ` from ${reply.from}` : ''}`;
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
