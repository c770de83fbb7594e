import { formatTime } from '../../model/time';
import type { Track } from '../../model/track';
import { useMixtape } from '../../store/StoreContext';

/** Plays a catalog song's 30-second preview through the deck's engine; pressed again, it stops. */
export function PreviewButton({ song }: { song: Omit<Track, 'id'> }) {
  const mine = useMixtape((s) => s.audition.request?.track.previewUrl === song.previewUrl);
  const status = useMixtape((s) => (mine ? s.audition.status : 'idle'));
  const position = useMixtape((s) => (mine ? Math.floor(s.audition.position) : 0));
  const error = useMixtape((s) => (mine ? s.audition.error : null));
  const auditionPreview = useMixtape((s) => s.auditionPreview);
  const stopAudition = useMixtape((s) => s.stopAudition);
  const sounding = status === 'playing' || status === 'loading';
  return (
    <span className="preview">
      <button
        type="button"
        className="chip preview-button"
        aria-pressed={sounding}
        aria-label={`Preview ${song.title} by ${song.artist}`}
        onClick={() => (sounding ? stopAudition() : auditionPreview(song))}
      >
        {/* The name stays "Preview …" (label in name, WCAG 2.5.3); pressed and the glyph say it sounds. */}
        <span aria-hidden="true">{sounding ? '■' : '▶'}</span> Preview
      </button>
      {status === 'playing' ? (
        <span className="preview-time">
          <span className="visually-hidden">Preview at </span>
          {formatTime(position)}
        </span>
      ) : null}
      {status === 'loading' ? <span className="preview-time">Loading…</span> : null}
      {error ? (
        <span className="field-error preview-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
