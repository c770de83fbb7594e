/**
 * Caps, in UTF-16 code units, on a tape's dedication and its songs' notes (issue 15). The stored shelf and
 * share links (share/limits.ts) hold them to the same, so a link never carries more than an editor allows.
 */
export const GIFT_CAPS = { name: 40, message: 280, note: 140 } as const;
