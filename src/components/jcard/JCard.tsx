import { dedicationLine } from '../../model/giftLines';
import { fitLabel, type LabelSizes } from '../../model/labelFit';
import { sidesOf } from '../../model/tape';
import { formatLength } from '../../model/time';
import { tapeSeconds } from '../../model/track';
import { useMixtape } from '../../store/StoreContext';
import { measuredSeconds } from '../../store/selectors';

// In points. The front's writing space is 63.5 mm less 4 mm each side (157 pt); the spine's runs its
// 101.6 mm length less a margin (255 pt), across 12.7 mm, room for two small lines.
const FRONT: LabelSizes = { full: 26, smallest: 18, twoLines: 15 };
const FRONT_WIDTH = 157;
const SPINE: LabelSizes = { full: 12, smallest: 9, twoLines: 8 };
const SPINE_LENGTH = 255;

/**
 * The title written as the cassette's label is (labelFit.ts): smaller, then two lines, then cut with "…".
 * Each line is also cut by CSS should the handwriting come out wider than estimated. A cut title is read
 * whole from hidden text, not from its cut lines.
 */
function Title({
  title,
  className,
  sizes,
  width,
}: {
  title: string;
  className: string;
  sizes: LabelSizes;
  width: number;
}) {
  const fit = fitLabel(title, width, sizes);
  return (
    <p className={className} style={{ fontSize: `${fit.size}pt` }}>
      {fit.cut ? <span className="visually-hidden">{title}</span> : null}
      {fit.lines.map((line, i) => (
        <span key={i === 0 ? 'first' : 'second'} className="jcard-line" aria-hidden={fit.cut || undefined}>
          {line}
        </span>
      ))}
    </p>
  );
}

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
                  {t.note ? <span className="jcard-note">{t.note}</span> : null}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
      <section className="jcard-front" style={{ background: tape.colors.label }}>
        <Title title={tape.title} className="jcard-title" sizes={FRONT} width={FRONT_WIDTH} />
        {tape.subtitle ? <p className="jcard-subtitle">{tape.subtitle}</p> : null}
        {tape.linerNotes ? <p className="jcard-notes">{tape.linerNotes}</p> : null}
        {tape.dedication ? (
          <div className="jcard-dedication">
            <p>{dedicationLine(tape.dedication)}</p>
            {tape.dedication.message ? <p className="jcard-message">{tape.dedication.message}</p> : null}
          </div>
        ) : null}
        <p className="jcard-length">{tape.length}</p>
      </section>
      <section className="jcard-spine" style={{ background: tape.colors.shell }}>
        <Title title={tape.title} className="jcard-spine-title" sizes={SPINE} width={SPINE_LENGTH} />
      </section>
      <section className="jcard-back">
        <p>Mixtape</p>
      </section>
    </article>
  );
}
