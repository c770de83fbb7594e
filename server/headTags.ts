import type { CardSummary } from './cardSummary';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` safe inside an HTML attribute value or text node (HTML Living Standard §13.1.2.3 and §13.1.3). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * The Open Graph (ogp.me) and Twitter card (summary_large_image) tags for a card, every value escaped.
 * `pageUrl` and `imageUrl` are absolute: crawlers do not resolve relative addresses in these tags.
 */
export function cardTags(card: CardSummary, pageUrl: string, imageUrl: string): string {
  const alt = card.isTape
    ? `A cassette labelled “${card.title}”${card.firstSongs.length > 0 ? `, starting with ${card.firstSongs[0]}` : ''}`
    : 'A cassette: a Mixtape';
  const tags: readonly (readonly [string, string, string])[] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Mixtape'],
    ['property', 'og:title', card.title],
    ['property', 'og:description', card.description],
    ['property', 'og:url', pageUrl],
    ['property', 'og:image', imageUrl],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', '1200'],
    ['property', 'og:image:height', '630'],
    ['property', 'og:image:alt', alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', card.title],
    ['name', 'twitter:description', card.description],
    ['name', 'twitter:image', imageUrl],
    ['name', 'twitter:image:alt', alt],
  ];
  return tags
    .map(([key, name, value]) => `<meta ${key}="${name}" content="${escapeHtml(value)}" />`)
    .join('');
}

/**
 * The app's built index.html with a card's tags added to its head and its title and description set to
 * the tape's. Throws when the page has no `</head>`: the build is not the app's.
 */
export function withCardTags(
  indexHtml: string,
  card: CardSummary,
  pageUrl: string,
  imageUrl: string,
): string {
  if (!indexHtml.includes('</head>')) throw new Error('withCardTags: the page has no </head>');
  const title = card.isTape ? `${card.title} — Mixtape` : 'Mixtape';
  return indexHtml
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*"\s*\/?>/,
      () => `<meta name="description" content="${escapeHtml(card.description)}" />`,
    )
    .replace('</head>', () => `${cardTags(card, pageUrl, imageUrl)}</head>`);
}
