import { downloadText } from '../media/download';
import { useMixtape } from '../store/StoreContext';

/** Said once at start-up when the saved shelf could not be read; nothing was deleted. */
export function StorageNotice() {
  const unreadable = useMixtape((s) => s.storage.unreadable);
  const dismiss = useMixtape((s) => s.dismissUnreadable);
  if (!unreadable) return null;
  const { tapes } = unreadable;
  return (
    <div className="notice" role="alert">
      {tapes ? (
        <p>
          <strong>
            {tapes.length === 1
              ? `Your saved tape ${tapes[0]} could not be read`
              : `${tapes.length} of your saved tapes could not be read (${tapes.join(', ')})`}
          </strong>{' '}
          ({unreadable.reason}), so {tapes.length === 1 ? 'it was' : 'they were'} set aside and the rest of
          your shelf opened. Nothing was deleted:{' '}
          {unreadable.keptAsKey
            ? 'the unreadable data is kept aside in this browser.'
            : 'the old data is left where it was.'}
        </p>
      ) : (
        <p>
          <strong>Your saved tapes could not be read</strong> ({unreadable.reason}), so Mixtape started with a
          clean shelf. Nothing was deleted:{' '}
          {unreadable.keptAsKey
            ? 'the old data is kept aside in this browser.'
            : 'the old data is left where it was.'}
        </p>
      )}
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
