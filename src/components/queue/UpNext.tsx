import { useShallow } from 'zustand/shallow';
import { useMixtape } from '../../store/StoreContext';

/** What plays next: the user's own queue first (reorderable), then where the tape goes on. */
export function UpNext() {
  const { upNext, order, cursor, tracks, repeat } = useMixtape(
    useShallow((s) => ({
      upNext: s.queue.upNext,
      order: s.queue.order,
      cursor: s.queue.cursor,
      tracks: s.tape.tracks,
      repeat: s.queue.repeat,
    })),
  );
  const moveQueued = useMixtape((s) => s.moveQueued);
  const removeQueued = useMixtape((s) => s.removeQueued);
  const clearQueue = useMixtape((s) => s.clearQueue);
  const titleOf = (id: string) => tracks.find((t) => t.id === id);
  const then = order
    .slice(cursor + 1, cursor + 4)
    .map(titleOf)
    .filter((t) => t !== undefined);
  const wraps = repeat === 'all' && cursor + 1 >= order.length ? titleOf(order[0] ?? '') : undefined;

  return (
    <section className="up-next" aria-labelledby="up-next-heading">
      <h2 id="up-next-heading">Up next</h2>
      {upNext.length > 0 ? (
        <>
          <ol className="queue-list" aria-label="Your queue">
            {upNext.map((q, i) => {
              const t = titleOf(q.entryId);
              if (!t) return null;
              return (
                <li key={q.key}>
                  <span className="queue-text">
                    <span className="track-title">{t.title}</span>{' '}
                    <span className="track-artist">{t.artist}</span>
                  </span>
                  <span className="queue-actions">
                    <button
                      type="button"
                      className="mini"
                      aria-label={`Move ${t.title} up the queue`}
                      disabled={i === 0}
                      onClick={() => moveQueued(q.key, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="mini"
                      aria-label={`Move ${t.title} down the queue`}
                      disabled={i === upNext.length - 1}
                      onClick={() => moveQueued(q.key, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="mini"
                      aria-label={`Remove ${t.title} from the queue`}
                      onClick={() => removeQueued(q.key)}
                    >
                      ×
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          <button type="button" className="toggle" onClick={clearQueue}>
            Clear queue
          </button>
        </>
      ) : null}
      <p className="then">
        {then.length > 0 || wraps ? (
          <>
            {upNext.length > 0 ? 'Then the tape goes on: ' : 'Next on the tape: '}
            {[...then, ...(wraps ? [wraps] : [])].map((t) => t.title).join(' · ')}
          </>
        ) : (
          'The tape ends after this track.'
        )}
      </p>
    </section>
  );
}
