import { useState } from 'react';
import { replyLine } from '../../model/giftLines';
import { useMixtape } from '../../store/StoreContext';
import { isOwnTape, isVisiting } from '../../store/selectors';
import { PrintJCard } from '../jcard/PrintJCard';
import { lazyPart } from '../lazyPart';
import { ExportMenu } from '../playlists/ExportMenu';

const opening = <p className="loading-note">Opening…</p>;
const TapeDetails = lazyPart(
  'the label and notes',
  () => import('./TapeDetails').then((m) => m.default),
  opening,
);
const SharePanel = lazyPart('sharing', () => import('../share/SharePanel').then((m) => m.default), opening);
const FindRealPreviews = lazyPart(
  'real previews',
  () => import('../catalog/FindRealPreviews').then((m) => m.default),
  opening,
);

/** What this tape is (built in, shared with you, yours) and what can be done with it. */
export function TapeBar() {
  const tape = useMixtape((s) => s.tape);
  const own = useMixtape(isOwnTape);
  const saving = useMixtape((s) => s.storage.health.mode === 'saving');
  const visiting = useMixtape(isVisiting);
  const duplicateTape = useMixtape((s) => s.duplicateTape);
  const deleteTape = useMixtape((s) => s.deleteTape);
  const saveVisiting = useMixtape((s) => s.saveVisiting);
  const makeOneBack = useMixtape((s) => s.makeOneBack);
  const [editing, setEditing] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [finding, setFinding] = useState(false);
  const hasStandIns = useMixtape((s) =>
    s.tape.tracks.some((t) => t.source === 'stand-in' || t.source === 'wanted'),
  );

  return (
    <section className="tape-bar" aria-label="This tape">
      <p className="tape-status" data-visiting={visiting ? 'true' : undefined}>
        {own
          ? saving
            ? 'Your tape: every change is saved in this browser.'
            : 'Your tape: changes last only while this tab is open, because this browser is not saving.'
          : visiting
            ? 'Shared with you. Play it as it is, or save it to your tapes.'
            : 'Built-in tape: your first change saves your own copy.'}
      </p>
      <div className="toolbar">
        <button
          type="button"
          className="chip chip-accent"
          aria-expanded={sharing}
          aria-controls="share-panel"
          onClick={() => setSharing((v) => !v)}
        >
          Share
        </button>
        {visiting ? (
          <button type="button" className="chip chip-accent" onClick={saveVisiting}>
            Save to my tapes
          </button>
        ) : null}
        {visiting ? (
          <button type="button" className="chip" onClick={() => void makeOneBack()}>
            Make one back
          </button>
        ) : null}
        <button
          type="button"
          className="chip"
          aria-expanded={editing}
          aria-controls="tape-details"
          onClick={() => setEditing((e) => !e)}
        >
          Label &amp; notes
        </button>
        {hasStandIns || finding ? (
          <button
            type="button"
            className="chip"
            aria-expanded={finding}
            aria-controls="real-previews"
            onClick={() => setFinding((f) => !f)}
          >
            Find real previews
          </button>
        ) : null}
        <PrintJCard />
        <ExportMenu />
        <button type="button" className="chip" onClick={() => duplicateTape(tape.id)}>
          Duplicate
        </button>
        {own ? (
          <button type="button" className="chip chip-danger" onClick={() => deleteTape(tape.id)}>
            Delete tape
          </button>
        ) : null}
      </div>
      {tape.replyTo ? <p className="reply-to">{replyLine(tape.replyTo)}</p> : null}
      {tape.linerNotes && !editing ? <p className="liner-notes">{tape.linerNotes}</p> : null}
      {sharing ? <SharePanel onClose={() => setSharing(false)} /> : null}
      {finding ? <FindRealPreviews onClose={() => setFinding(false)} /> : null}
      {editing ? <TapeDetails key={tape.id} onClose={() => setEditing(false)} /> : null}
    </section>
  );
}
