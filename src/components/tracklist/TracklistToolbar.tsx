import { useMixtape } from '../../store/StoreContext';

export function TracklistToolbar({ adding, onToggleAdd }: { adding: boolean; onToggleAdd: () => void }) {
  const undo = useMixtape((s) => s.undo);
  const redo = useMixtape((s) => s.redo);
  const undoLabel = useMixtape((s) => s.history.past.at(-1)?.label);
  const redoLabel = useMixtape((s) => s.history.future[0]?.label);
  return (
    <div className="toolbar">
      <button
        type="button"
        className="chip"
        onClick={undo}
        disabled={undoLabel === undefined}
        title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className="chip"
        onClick={redo}
        disabled={redoLabel === undefined}
        title={redoLabel ? `Redo: ${redoLabel} (Shift+Ctrl+Z)` : 'Nothing to redo'}
        aria-keyshortcuts="Shift+Control+Z Shift+Meta+Z"
      >
        Redo
      </button>
      <button
        type="button"
        className="chip chip-accent"
        aria-expanded={adding}
        aria-controls="add-songs"
        onClick={onToggleAdd}
      >
        Add songs
      </button>
    </div>
  );
}
