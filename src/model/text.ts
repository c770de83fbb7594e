/**
 * `text` cut to at most `max` UTF-16 code units, never between the two halves of a surrogate pair (which
 * would leave a broken character behind). Shorter text comes back as it is.
 */
export function cutTo(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * What a part of the app says when its code file is gone: almost always a new version was deployed since
 * the page opened (its files have new names), and a reload cures it. `toDo` is what the reload lets the
 * listener do, e.g. "print the J-card".
 */
export function newVersionAsks(toDo: string): string {
  return `A new version of Mixtape is available — reload to ${toDo}.`;
}
