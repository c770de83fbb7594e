/**
 * How a title is written on a cassette's label (in the cassette's SVG units), the shelf and the J-card: one
 * line at the full size while it fits, then smaller, then two lines, then cut with an ellipsis. The full
 * title is always kept elsewhere (the cassette's accessible name and tooltip, the tracklist, the shelf's
 * button name, the J-card's hidden text).
 *
 * Widths are estimated from the characters, not measured: the label is drawn on the server's first screen
 * and in tests without fonts, so layout cannot be asked. The estimate errs wide, and a line that still
 * comes out wider than estimated is squeezed to the space by SVG's textLength.
 */

/** A character's advance in ems, roughly, in the handwritten face (Caveat, measured on its label) and its fallbacks. */
export function charEm(char: string): number {
  if (
    /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
      char,
    )
  )
    return 1;
  if (/[\p{Extended_Pictographic}]/u.test(char)) return 1.1;
  if (/[WMmw@%]/.test(char)) return 0.62;
  if (/[ilj.,:;'!|ftr ]/.test(char)) return 0.24;
  if (/\p{Lu}/u.test(char)) return 0.5;
  // Caveat's lower case runs about 0.36 em; a fallback face is wider, and a little over errs safe.
  return 0.38;
}

/** The estimated width of `text` at `size` units. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += charEm(char);
  return ems * size;
}

export interface LabelFit {
  /** One or two lines, the last ending in "…" when the title had to be cut. */
  readonly lines: readonly string[];
  /** Font size of every line, in label units. */
  readonly size: number;
  readonly cut: boolean;
}

/** The sizes a title may be written at, in the caller's units (label units, points, pixels). */
export interface LabelSizes {
  /** While the title fits one line at this size. */
  readonly full: number;
  /** The smallest a one-line title is shrunk to before it wraps. */
  readonly smallest: number;
  /** Both lines of a wrapped title. */
  readonly twoLines: number;
}

/** The cassette's label, in its SVG units. */
export const CASSETTE_LABEL: LabelSizes = { full: 30, smallest: 22, twoLines: 17 };

/** Cuts `text` to at most `width` at `size`, with an ellipsis when anything was left out. */
function cutToWidth(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** The longest start of `words` that fits `width` at `size` (at least one word, which may itself be cut). */
function takeLine(words: readonly string[], width: number, size: number): number {
  let n = 0;
  while (n < words.length && textWidth(words.slice(0, n + 1).join(' '), size) <= width) n += 1;
  return Math.max(1, n);
}

/**
 * Lays out `title` in `width` units: one line at `sizes.full` (CASSETTE_LABEL's unless told) while it fits,
 * else shrunk no smaller than `sizes.smallest`, else two lines at `sizes.twoLines` broken between words
 * (inside a word only when one word is wider than the line), the second cut with "…" if it still does not
 * fit. An empty title gives no lines.
 */
export function fitLabel(title: string, width: number, sizes: LabelSizes = CASSETTE_LABEL): LabelFit {
  const text = title.trim().replace(/\s+/g, ' ');
  if (!text) return { lines: [], size: sizes.full, cut: false };
  const natural = textWidth(text, 1);
  if (natural * sizes.full <= width) return { lines: [text], size: sizes.full, cut: false };
  const shrunk = Math.floor(width / natural);
  if (shrunk >= sizes.smallest) return { lines: [text], size: shrunk, cut: false };
  const size = sizes.twoLines;
  const words = text.split(' ');
  const first = takeLine(words, width, size);
  const firstLine = cutToWidth(words.slice(0, first).join(' '), width, size);
  const rest = words.slice(first).join(' ');
  // One word wider than the line: it is broken, and what is left of it goes on.
  const carried = firstLine.endsWith('…') ? [...text].slice([...firstLine].length - 1).join('') : rest;
  const lines = [firstLine.endsWith('…') ? firstLine.slice(0, -1) : firstLine];
  if (carried) lines.push(cutToWidth(carried.trim(), width, size));
  return { lines, size, cut: lines.at(-1)?.endsWith('…') ?? false };
}
