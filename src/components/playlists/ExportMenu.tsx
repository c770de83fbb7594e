import { useRef, useState } from 'react';
import { lazyPart } from '../lazyPart';

// The formats load the first time the menu opens: the first screen needs only the toggle.
const ExportPanel = lazyPart('the Export menu', () => import('./ExportPanel').then((m) => m.ExportPanel));

/** Exports the open tape for another player: the "Export" toggle and, while open, its menu (ExportPanel). */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggleRef.current?.focus();
  };
  return (
    <div className="track-menu">
      <button
        ref={toggleRef}
        type="button"
        className="chip"
        aria-expanded={open}
        aria-controls="export-menu"
        onClick={() => setOpen((o) => !o)}
      >
        Export
      </button>
      {open ? <ExportPanel toggleRef={toggleRef} onClose={close} /> : null}
    </div>
  );
}
