import { useShallow } from 'zustand/shallow';
import { fitLabel, type LabelSizes } from '../../model/labelFit';
import type { Tape } from '../../model/tape';
import { useMixtape } from '../../store/StoreContext';
import { ImportPlaylistButton } from '../playlists/ImportPlaylistButton';
import { MiniCassette } from './MiniCassette';

// The shelf's titles in px (0.9rem, at most 0.75rem), in a card 148 px wide less its padding and border.
const SHELF_TITLE: LabelSizes = { full: 14.4, smallest: 12, twoLines: 12 };
// The estimate is made for the handwriting; the shelf's bold sans runs about 1.4 times as wide.
const SHELF_WIDTH = 130 / 1.4;

function ShelfTape({
  tape,
  note,
  active,
  onOpen,
}: {
  tape: Tape;
  note: string;
  active: boolean;
  onOpen: () => void;
}) {
  // Written as the cassette's label is (labelFit.ts): smaller, then two lines, then cut by CSS's line-clamp,
  // which wraps and measures the real text. The whole title stays the button's name, and a long one's tooltip.
  const fit = fitLabel(tape.title, SHELF_WIDTH, SHELF_TITLE);
  return (
    <li>
      <button
        type="button"
        className="shelf-tape"
        aria-current={active ? 'true' : undefined}
        onClick={onOpen}
      >
        <MiniCassette colors={tape.colors} />
        <span
          className="shelf-title"
          style={{ fontSize: fit.size }}
          title={fit.lines.length > 1 ? tape.title : undefined}
        >
          {tape.title}
        </span>
        <span className="shelf-note">{note}</span>
      </button>
    </li>
  );
}

const songs = (n: number) => `${n} ${n === 1 ? 'song' : 'songs'}`;

export function Shelf() {
  const { tapes, builtIns, visiting, visitingSaved, activeId } = useMixtape(
    useShallow((s) => ({
      tapes: s.shelf.tapes,
      builtIns: s.builtIns,
      visiting: s.visiting,
      visitingSaved: s.visitingSaved,
      activeId: s.tape.id,
    })),
  );
  const openTape = useMixtape((s) => s.openTape);
  const newTape = useMixtape((s) => s.newTape);
  // Once saved, the shared original would only sit beside its own copy; it stays while it is open.
  const visitingShown = visiting && (!visitingSaved || visiting.id === activeId);
  return (
    <nav className="shelf" aria-label="Your tapes">
      <ul>
        {builtIns.map((t) => (
          <ShelfTape
            key={t.id}
            tape={t}
            note="built in"
            active={t.id === activeId}
            onOpen={() => openTape(t.id)}
          />
        ))}
        {visitingShown ? (
          <ShelfTape
            tape={visiting}
            note="shared with you"
            active={visiting.id === activeId}
            onOpen={() => openTape(visiting.id)}
          />
        ) : null}
        {tapes.map((t) => (
          <ShelfTape
            key={t.id}
            tape={t}
            note={songs(t.tracks.length)}
            active={t.id === activeId}
            onOpen={() => openTape(t.id)}
          />
        ))}
        <li>
          <button type="button" className="shelf-tape shelf-new" onClick={newTape}>
            <span className="shelf-plus" aria-hidden="true">
              +
            </span>
            <span className="shelf-title">New tape</span>
            <span className="shelf-note">start from empty</span>
          </button>
        </li>
        <li>
          <ImportPlaylistButton />
        </li>
      </ul>
    </nav>
  );
}
