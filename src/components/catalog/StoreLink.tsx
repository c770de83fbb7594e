import type { CatalogName } from '../../model/track';

const STORE_NAMES: Record<CatalogName, string> = { itunes: 'Apple Music', deezer: 'Deezer' };

/** The catalogs' terms ask that a preview be shown next to the song's page in their store. */
export function StoreLink({ url, provider, title }: { url: string; provider: CatalogName; title: string }) {
  return (
    <a className="store-link" href={url} target="_blank" rel="noopener noreferrer">
      {/* The space sits outside the hidden text, where every name computation keeps it. */}
      <span className="visually-hidden">{title} on</span>{' '}
      <span className="store-name">{STORE_NAMES[provider]}</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
