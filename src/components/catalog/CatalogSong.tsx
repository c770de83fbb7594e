import { type ReactNode, useMemo, useState } from 'react';
import { trackFromCatalog } from '../../catalog/catalogTrack';
import type { CatalogTrack } from '../../catalog/provider';
import { formatTime } from '../../model/time';
import { PreviewButton } from './PreviewButton';
import { StoreLink } from './StoreLink';

/** One catalog song: cover, title, artist, album, length, its preview and its store page. */
export function CatalogSong({ song, actions }: { song: CatalogTrack; actions?: ReactNode }) {
  const track = useMemo(() => trackFromCatalog(song), [song]);
  // A cover that does not load leaves a plain square, not a broken-image icon.
  const [artFailed, setArtFailed] = useState(false);
  return (
    <div className="catalog-song">
      {song.artworkUrl && !artFailed ? (
        <img
          className="catalog-art"
          src={song.artworkUrl}
          alt=""
          width={56}
          height={56}
          loading="lazy"
          onError={() => setArtFailed(true)}
        />
      ) : (
        <span className="catalog-art catalog-art-blank" aria-hidden="true" />
      )}
      <span className="catalog-text">
        <span className="track-title">{song.title}</span>
        <span className="track-artist">
          {song.artist}
          {song.album ? ` · ${song.album}` : ''}
          {song.durationSeconds ? ` · ${formatTime(song.durationSeconds)}` : ''}
        </span>
      </span>
      <span className="catalog-actions">
        <PreviewButton song={track} />
        {song.storeUrl ? <StoreLink url={song.storeUrl} provider={song.provider} title={song.title} /> : null}
        {actions}
      </span>
    </div>
  );
}
