import { downloadText } from '../media/download';
import { useMixtape } from '../store/StoreContext';

/** Said once at start-up when the saved shelf could not be read; nothing was deleted. */
export function StorageNotice() {
  const unreadable = useMixtape((s) => s.storage.unreadable);
  const dismiss = useMixtape((s) => s.dismissUnreadable);
  if (!unreadable) return null;
  return (
    <div className="notice" role="alert">
      <p>
        <strong>Your saved tapes could not be read</strong> ({unreadable.reason}), so Mixtape started with a
        clean shelf. Nothing was deleted:{' '}
        {unreadable.keptAsKey
          ? 'the old data is kept aside in this browser.'
          : 'the old data is left where it was.'}
      </p>
      <div className="toolbar">
        <button
          type="button"
          className="chip"
          onClick={() => downloadText('mixtape-unreadable-shelf.json', unreadable.raw, 'application/json')}
        >
          Download the unreadable data
        </button>
        <button type="button" className="chip" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
