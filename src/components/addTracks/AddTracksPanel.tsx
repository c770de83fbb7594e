import { useEffect, useRef } from 'react';
import { useEscape } from '../../hooks/useEscape';
import { CatalogSearch } from '../catalog/CatalogSearch';
import { AddByUrl } from './AddByUrl';
import { AddFromCatalog } from './AddFromCatalog';
import { AddLocalFiles } from './AddLocalFiles';
import { PasteSongs } from './PasteSongs';

export default function AddTracksPanel({ onClose }: { onClose: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  useEscape(panelRef, onClose);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section id="add-songs" className="panel add-songs" aria-labelledby="add-songs-heading" ref={panelRef}>
      <div className="panel-head">
        <h3 id="add-songs-heading" ref={headingRef} tabIndex={-1}>
          Add songs
        </h3>
        <button type="button" className="chip" onClick={onClose}>
          Done
        </button>
      </div>
      <CatalogSearch />
      <AddFromCatalog />
      <AddByUrl />
      <AddLocalFiles />
      <PasteSongs />
    </section>
  );
}
