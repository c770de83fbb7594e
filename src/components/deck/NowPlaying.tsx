import { useEffect, useRef } from 'react';
import { formatLength, formatTime, lengthKnown } from '../../model/time';
import { parseCatalogSongId } from '../../model/track';
import { useMixtape } from '../../store/StoreContext';
import { currentSide, currentTrack } from '../../store/selectors';
import { StoreLink } from '../catalog/StoreLink';
import { useAnnounce } from '../tracklist/announcer';

export function NowPlaying() {
  const track = useMixtape(currentTrack);
  const side = useMixtape(currentSide);
  const status = useMixtape((s) => s.playback.status);
  const position = useMixtape((s) => Math.floor(s.playback.position));
  const duration = useMixtape((s) => s.playback.duration);
  const announce = useAnnounce();
  const started = useRef('');
  // A song's note (issue 15) is said politely once, as its song starts: not again on resume.
  useEffect(() => {
    if (status !== 'playing' || !track || started.current === track.id) return;
    started.current = track.id;
    if (track.note) announce(`Note: ${track.note}`);
  }, [status, track, announce]);
  if (!track) return <p className="now-playing">This tape is empty.</p>;
  const catalog = track.source === 'catalog' ? parseCatalogSongId(track.songId) : null;
  const verb =
    status === 'playing'
      ? 'Now playing'
      : status === 'loading'
        ? 'Loading'
        : status === 'stalled'
          ? 'Buffering'
          : // Stopped partway through the track is paused; at its top, the tape is cued there.
            position > 0
            ? 'Paused'
            : 'Cued';
  return (
    <div className="now-playing">
      <p className="now-title" aria-live="polite">
        <span className="now-verb">
          {verb} · side {side}
        </span>{' '}
        <strong>{track.title}</strong> <span className="now-artist">{track.artist}</span>
      </p>
      <p className="now-time">
        <span className="visually-hidden">Elapsed </span>
        <time>{formatTime(lengthKnown(duration) ? Math.min(position, duration) : position)}</time>
        <span aria-hidden="true"> / </span>
        <span className="visually-hidden"> of </span>
        <time>{formatLength(duration)}</time>
        {track.storeUrl && catalog ? (
          <>
            {' · '}
            <StoreLink url={track.storeUrl} provider={catalog.provider} title={track.title} />
          </>
        ) : null}
        {track.source === 'stand-in' && track.standInNote ? (
          <span className="now-note"> · stand-in clip: {track.standInNote}</span>
        ) : null}
      </p>
      {track.note ? <p className="now-song-note">{track.note}</p> : null}
    </div>
  );
}
