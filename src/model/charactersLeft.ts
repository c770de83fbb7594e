/**
 * What a length-limited text field says about the room left in it. Lengths are counted as the input's
 * `maxLength` counts them (UTF-16 code units, per the HTML standard), so the count reaches 0 exactly when
 * the field stops taking characters.
 */
export interface Room {
  readonly left: number;
  /** "12 characters left", "1 character left". */
  readonly text: string;
  /** Close enough to the limit that the count is worth announcing as it changes. */
  readonly near: boolean;
}

/** From this many characters left on, each change of the count is announced (politely). */
export const NEAR_LIMIT = 15;

/** The room left in a field holding `value` that takes at most `max` characters. */
export function charactersLeft(value: string, max: number): Room {
  const left = Math.max(0, max - value.length);
  return { left, text: `${left} ${left === 1 ? 'character' : 'characters'} left`, near: left <= NEAR_LIMIT };
}
