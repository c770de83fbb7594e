// A payload is the version digit and base64url (RFC 4648 §5): nothing else ever occurs in one.
const NOT_PAYLOAD = /[^A-Za-z0-9_-]/g;
const ESCAPE = /%([0-9A-Fa-f]{2})/g;

/**
 * The payload in a link's text as people paste it, or as a location hash brings it: percent escapes
 * undone first (a browser keeps a pasted space or `>` in the fragment as %20 or %3E, and dropping only
 * the `%` would leave its two digits in the payload), then every character that cannot occur in a
 * payload dropped: the sentence's full stop, `( )` or `< >` around the link, a mail client's line breaks
 * (CRLF or LF) and the `> ` quoting of a reply, spaces. Whatever damage is left, the checksum catches.
 */
export function payloadText(text: string): string {
  return text
    .replace(ESCAPE, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(NOT_PAYLOAD, '');
}

/**
 * The payload as it was before an autolinker cut the underscores off its end, or null when that cannot
 * have happened (the link's length is a whole link's).
 *
 * GitHub Flavored Markdown's autolink extension, which many chat and forum apps follow, leaves trailing
 * `?`, `!`, `.`, `,`, `:`, `*`, `_` and `~` out of a link (GFM spec 0.29, 6.9 "Autolinks (extension)",
 * extended autolink path validation); of those only `_` can occur in a payload. A payload ends in `_`
 * (or `-`) only when its base64url is a multiple of 4 characters long, since a shorter last group ends
 * in a character whose low bits are zero. So a cut one is short of that multiple by the underscores it
 * lost, and putting them back is the only repair tried: the checksum decides whether it was right.
 * Mixtape no longer writes links that end in `_` (envelope.ts), so this serves links made before.
 */
export function withCutUnderscores(payload: string): string | null {
  const missing = (4 - ((payload.length - 1) % 4)) % 4;
  return payload.length > 1 && missing > 0 ? payload + '_'.repeat(missing) : null;
}

/** True when no whole payload is this long: its base64url leaves one character over a multiple of 4. */
export function looksCutOff(payload: string): boolean {
  return payload.length > 1 && (payload.length - 1) % 4 === 1;
}
