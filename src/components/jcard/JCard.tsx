import { sidesOf } from '../../model/tape';
import { formatLength } from '../../model/time';
import { tapeSeconds } from '../../model/track';
import { useMixtape } from '../../store/StoreContext';
import { measuredSeconds } from '../../store/selectors';

/**
 * The tape's insert card at the real size of a cassette case, panels left to right as they fold:
 * the inside flap (both sides' tracklists), the front (the label), the spine, the back flap.
 */
export function JCard() {
  const tape = useMixtape((s) => s.tape);
  const measured = useMixtape((s) => s.measured);
  return (
    <article className="jcard" aria-label={`J-card for “${tape.title}”`}>
      <section className="jcard-flap">
        {sidesOf(tape).map(({ side, offset, tracks }) => (
          <div key={side} className="jcard-side">
            <h2>Side {side}</h2>
            <ol start={offset + 1}>
              {tracks.map((t) => (
                <li key={t.id}>
                  <span className="jcard-song">
                    {t.title} <span className="jcard-artist">— {t.artist}</span>
                  </span>
                  <span className="jcard-time">
                    {formatLength(tapeSeconds(t, measuredSeconds(measured, t)))}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
      <section className="jcard-front" style={{ background: tape.colors.label }}>
        <p className="jcard-title">{tape.title}</p>
        {tape.subtitle ? <p className="jcard-subtitle">{tape.subtitle}</p> : null}
        {tape.linerNotes ? <p className="jcard-notes">{tape.linerNotes}</p> : null}
        <p className="jcard-length">{tape.length}</p>
      </section>
      <section className="jcard-spine" style={{ background: tape.colors.shell }}>
        <p>{tape.title}</p>
      </section>
      <section className="jcard-back">
        <p>Mixtape</p>
      </section>
    </article>
  );
}
