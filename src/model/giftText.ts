import { GIFT_CAPS } from './giftCaps';
import type { Dedication } from './tape';
import { cutTo } from './text';

// The words of a gift (issue 15) as they are kept; the edits that use them are in gift.ts, the lines
// that show them in giftLines.ts.

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
