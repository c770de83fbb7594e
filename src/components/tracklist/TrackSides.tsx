import { sidesOf } from '../../model/tape';
import { sideUsage } from '../../model/tapeEdits';
import { lengthKnown } from '../../model/time';
import { songSeconds, type Track, tapeSeconds } from '../../model/track';
import { useMixtape } from '../../store/StoreContext';
import { currentEntryId, measuredSeconds } from '../../store/selectors';
import { SideHeading } from './SideHeading';
import { TrackRow } from './TrackRow';

/** Both sides of the tape as two numbered lists; drag and drop attaches to these rows once it has loaded. */
export function TrackSides() {
  const tape = useMixtape((s) => s.tape);
  const measured = useMixtape((s) => s.measured);
  const unavailable = useMixtape((s) => s.unavailable);
  const currentId = useMixtape(currentEntryId);
  const playing = useMixtape((s) => s.playback.status === 'playing');
  const clipOf = (track: Track) => measuredSeconds(measured, track);
  const usage = sideUsage(tape, clipOf);
  const total = tape.tracks.length;

  return (
    <>
      {sidesOf(tape).map(({ side, offset, tracks }, i) => {
        const use = usage[i] ?? usage[0];
        return (
          <div key={side} className="side">
            <SideHeading
              side={side}
              count={tracks.length}
              used={use.used}
              capacity={use.capacity}
              over={use.over}
              tapeLength={tape.length}
            />
            <ol className="side-tracks" start={offset + 1} aria-labelledby={`side-${side}-heading`}>
              {tracks.map((track: Track, j) => {
                const clip = clipOf(track);
                return (
                  <TrackRow
                    key={track.id}
                    track={track}
                    number={offset + j + 1}
                    total={total}
                    seconds={tapeSeconds(track, clip)}
                    clipOnly={songSeconds(track, clip) === undefined && lengthKnown(clip)}
                    current={track.id === currentId}
                    // Only the current row shows it: every other row keeps its props, so a clip that
                    // starts or stops re-renders one row (memo), not the whole tape, at the press.
                    playing={playing && track.id === currentId}
                    problem={unavailable[track.id]}
                  />
                );
              })}
            </ol>
            {total === 0 && side === 'A' ? (
              <p className="side-empty">
                A blank tape, ready for songs. Press <strong>Add songs</strong> to find previews in the
                catalogs or add one from a link, or drop audio files from this device onto the page.
              </p>
            ) : tracks.length === 0 ? (
              <p className="side-empty">Nothing on side {side} yet.</p>
            ) : null}
          </div>
        );
      })}
    </>
  );
}
