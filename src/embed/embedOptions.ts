/** The embed's choices that the host writes into the frame's address, after the `?`. */
export interface EmbedOptions {
  /** `?theme=light` or `?theme=dark`; otherwise the visitor's own colour scheme. */
  readonly theme: 'light' | 'dark' | null;
  /** `?tracklist=open`: the taller frame, whose tracklist shows from the start. */
  readonly tracklistOpen: boolean;
}

/**
 * Reads a location's query string (with or without its `?`). Unknown values are ignored, never an error:
 * a host's typo costs it a default, not the player.
 */
export function readEmbedOptions(search: string): EmbedOptions {
  const query = new URLSearchParams(search);
  const theme = query.get('theme');
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    tracklistOpen: query.get('tracklist') === 'open',
  };
}

/**
 * The full app's address for the same tape: the site's root beside embed.html, with the same payload in
 * the fragment (so the app opens it as a visiting tape, as any shared link).
 */
export function appUrlFor(embedHref: string): string {
  const url = new URL(embedHref);
  const app = new URL('./', url);
  app.hash = url.hash;
  return app.href;
}
