import { lazy, Suspense, useEffect, useState } from 'react';
import { whenIdle } from '../../hooks/whenIdle';
import { SideHeading } from './SideHeading';
import { TracklistToolbar } from './TracklistToolbar';
import { TrackRow } from './TrackRow';
import { TrackSides } from './TrackSides';

// Drag and drop is not needed to see or play the tape: it loads just after, and takes over the same rows.
const SortableTrackSides = lazy(() => import('./SortableTrackSides'));
const AddTracksPanel = lazy(() => import('../addTracks/AddTracksPanel'));

export function Tracklist() {
  const [adding, setAdding] = useState(false);
  const [sortable, setSortable] = useState(false);
  useEffect(() => whenIdle(() => setSortable(true)), []);
  const staticSides = <TrackSides Row={TrackRow} Heading={SideHeading} />;
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
      {sortable ? (
        <Suspense fallback={staticSides}>
          <SortableTrackSides />
        </Suspense>
      ) : (
        staticSides
      )}
    </section>
  );
}
