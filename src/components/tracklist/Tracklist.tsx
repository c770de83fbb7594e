import { lazy, Suspense, useEffect, useState } from 'react';
import { whenIdle } from '../../hooks/whenIdle';
import { createSortableBindings } from './sortableBindings';
import { TracklistToolbar } from './TracklistToolbar';
import { TrackSides } from './TrackSides';
import { SortableBindingsProvider } from './useSortableBits';

// Drag and drop is not needed to see or play the tape: it loads just after, and attaches to the same
// rows (through the bindings) rather than rendering them again.
const SortableLayer = lazy(() => import('./SortableLayer'));
const AddTracksPanel = lazy(() => import('../addTracks/AddTracksPanel'));

export function Tracklist() {
  const [adding, setAdding] = useState(false);
  const [sortable, setSortable] = useState(false);
  const [bindings] = useState(createSortableBindings);
  useEffect(() => whenIdle(() => setSortable(true)), []);
  return (
    <section className="tracklist" aria-labelledby="tracklist-heading">
      <div className="tracklist-head">
        <h2 id="tracklist-heading">Tracklist</h2>
        <TracklistToolbar adding={adding} onToggleAdd={() => setAdding((a) => !a)} />
      </div>
      {adding ? (
        <Suspense fallback={<p className="loading-note">Opening…</p>}>
          <AddTracksPanel onClose={() => setAdding(false)} />
        </Suspense>
      ) : null}
      <p id="reorder-instructions" className="visually-hidden">
        To reorder, press Space on a track’s handle, move it with the arrow keys, and press Space again to
        drop it, or Escape to cancel. Each track’s More menu also has Move up and Move down.
      </p>
      <SortableBindingsProvider bindings={bindings}>
        <TrackSides />
        {sortable ? (
          <Suspense fallback={null}>
            <SortableLayer />
          </Suspense>
        ) : null}
      </SortableBindingsProvider>
    </section>
  );
}
