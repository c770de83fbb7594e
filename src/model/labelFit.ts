/**
 * How a title is written on a cassette's label, in the label's own units (the cassette's SVG viewBox): one
 * line at the full size while it fits, then smaller, then two lines, then cut with an ellipsis. The full
 * title is always kept elsewhere (the cassette's accessible name and tooltip, the tracklist, the shelf).
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

const FULL = 30;
const SMALLEST_ONE_LINE = 22;
const TWO_LINES = 17;

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
 * Lays out `title` in `width` label units: full size, else shrunk down to SMALLEST_ONE_LINE, else two lines
 * at TWO_LINES broken between words (inside a word only when one word is wider than the line), the second
 * cut with "…" if it still does not fit. An empty title gives no lines.
 */
export function fitLabel(title: string, width: number): LabelFit {
  const text = title.trim().replace(/\s+/g, ' ');
  if (!text) return { lines: [], size: FULL, cut: false };
  const natural = textWidth(text, 1);
  if (natural * FULL <= width) return { lines: [text], size: FULL, cut: false };
  const shrunk = Math.floor(width / natural);
  if (shrunk >= SMALLEST_ONE_LINE) return { lines: [text], size: shrunk, cut: false };
  const words = text.split(' ');
  const first = takeLine(words, width, TWO_LINES);
  const firstLine = cutToWidth(words.slice(0, first).join(' '), width, TWO_LINES);
  const rest = words.slice(first).join(' ');
  // One word wider than the line: it is broken, and what is left of it goes on.
  const carried = firstLine.endsWith('…') ? [...text].slice([...firstLine].length - 1).join('') : rest;
  const lines = [firstLine.endsWith('…') ? firstLine.slice(0, -1) : firstLine];
  if (carried) lines.push(cutToWidth(carried.trim(), width, TWO_LINES));
  return { lines, size: TWO_LINES, cut: lines.at(-1)?.endsWith('…') ?? false };
}
