import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from '../../hooks/whenIdle';
import { lazyPart } from '../lazyPart';
import { createSortableBindings } from './sortableBindings';
import { TracklistToolbar } from './TracklistToolbar';
import { TrackSides } from './TrackSides';
import { SortableBindingsProvider } from './useSortableBits';

// Drag and drop is not needed to see or play the tape: it loads just after, and attaches to the same
// rows (through the bindings) rather than rendering them again.
const SortableLayer = lazyPart('drag and drop', () => import('./SortableLayer').then((m) => m.default));
const AddTracksPanel = lazyPart(
  'Add songs',
  () => import('../addTracks/AddTracksPanel').then((m) => m.default),
  <p className="loading-note">Opening…</p>,
);

export function Tracklist() {
  const [adding, setAdding] = useState(false);
  const [sortable, setSortable] = useState(false);
  const [bindings] = useState(createSortableBindings);
  // A transition: binding the rows is built in slices that let a press or a paint in between.
  useEffect(() => whenIdle(() => startTransition(() => setSortable(true))), []);
  return (
    <section className="tracklist" aria-labelledby="tracklist-heading">
      <div className="tracklist-head">
        <h2 id="tracklist-heading">Tracklist</h2>
        <TracklistToolbar adding={adding} onToggleAdd={() => setAdding((a) => !a)} />
      </div>
      {adding ? <AddTracksPanel onClose={() => setAdding(false)} /> : null}
      <p id="reorder-instructions" className="visually-hidden">
        To reorder, press Space on a track’s handle, move it with the arrow keys, and press Space again to
        drop it, or Escape to cancel. Each track’s More menu also has Move up and Move down.
      </p>
      <SortableBindingsProvider bindings={bindings}>
        <TrackSides />
        {sortable ? <SortableLayer /> : null}
      </SortableBindingsProvider>
    </section>
  );
}
