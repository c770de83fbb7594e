import { useCallback } from 'react';
import { sidesOf } from '../../model/tape';
import { formatTime } from '../../model/time';
import type { Track } from '../../model/track';
import { useMixtape } from '../../store/StoreContext';
import { currentEntryId, measuredSeconds } from '../../store/selectors';
import { TrackRow } from './TrackRow';

export function Tracklist() {
  const tape = useMixtape((s) => s.tape);
  const measured = useMixtape((s) => s.measured);
  const unavailable = useMixtape((s) => s.unavailable);
  const currentId = useMixtape(currentEntryId);
  const playing = useMixtape((s) => s.playback.status === 'playing');
  const playTrack = useMixtape((s) => s.playTrack);
  const secondsOf = useCallback((track: Track) => measuredSeconds(measured, track), [measured]);

  return (
    <section className="tracklist" aria-labelledby="tracklist-heading">
      <h2 id="tracklist-heading">Tracklist</h2>
      {sidesOf(tape).map(({ side, offset, tracks }) => {
        const total = tracks.reduce((sum, t) => sum + secondsOf(t), 0);
        const headingId = `side-${side}-heading`;
        return (
          <div key={side} className="side">
            <h3 id={headingId} className="side-heading">
              <span className="side-letter" aria-hidden="true">
                {side}
              </span>
              <span>Side {side}</span>
              <span className="side-meta">
                {tracks.length} {tracks.length === 1 ? 'track' : 'tracks'} · {formatTime(total)}
              </span>
            </h3>
            {tracks.length === 0 ? (
              <p className="side-empty">Nothing on side {side} yet.</p>
            ) : (
              <ol className="side-tracks" start={offset + 1} aria-labelledby={headingId}>
                {tracks.map((track, i) => (
                  <TrackRow
                    key={track.id}
                    track={track}
                    number={offset + i + 1}
                    seconds={secondsOf(track)}
                    current={track.id === currentId}
                    playing={playing}
                    problem={unavailable[track.id]}
                    onPlay={playTrack}
                  />
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </section>
  );
}
