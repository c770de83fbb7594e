/**
 * `text` cut to at most `max` UTF-16 code units, never between the two halves of a surrogate pair (which
 * would leave a broken character behind). Shorter text comes back as it is.
 */
export function cutTo(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
