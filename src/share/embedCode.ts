/**
 * The embed frame's two heights in CSS pixels: compact (cassette, keys, Seek) and with the tracklist
 * showing (it scrolls inside the frame). Either fits widths from 300 px (docs/embed.md).
 */
export const EMBED_HEIGHTS = { compact: 250, tracklist: 480 } as const;

export type EmbedSize = keyof typeof EMBED_HEIGHTS;

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The embed player's address for a share link (`https://host/path/#payload`): embed.html beside the app,
 * `?tracklist=open` for the taller size, the same payload after the `#`.
 */
export function embedUrl(shareLink: string, size: EmbedSize): string {
  const link = new URL(shareLink);
  const embed = new URL('embed.html', link);
  if (size === 'tracklist') embed.search = '?tracklist=open';
  embed.hash = link.hash;
  return embed.href;
}

/**
 * The `<iframe>` a host pastes: a title naming the tape (WCAG 4.1.2: a frame needs an accessible name),
 * full width up to 720 px, the size's height, `loading="lazy"`, and `allow="autoplay"` so the host's play
 * command works after the visitor's first press (nothing else is needed). The title is escaped.
 */
export function embedCode(shareLink: string, title: string, size: EmbedSize): string {
  return `<iframe title="${escapeAttribute(`${title} — a tape on Mixtape`)}" src="${escapeAttribute(embedUrl(shareLink, size))}" width="100%" height="${EMBED_HEIGHTS[size]}" loading="lazy" allow="autoplay" style="border:0;max-width:720px"></iframe>`;
}
