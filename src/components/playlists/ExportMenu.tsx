import { useRef, useState } from 'react';
import type { PlaylistFormat } from '../../commands/files';
import { useEscape } from '../../hooks/useEscape';
import { usePressOutside } from '../../hooks/usePressOutside';
import { useMixtapeStore } from '../../store/StoreContext';

const FORMATS = [
  { ext: 'xspf', label: 'XSPF (VLC, most players)', type: 'application/xspf+xml' },
  { ext: 'jspf', label: 'JSPF (JSON)', type: 'application/json' },
  { ext: 'm3u8', label: 'M3U8 (playlists everywhere)', type: 'audio/x-mpegurl' },
] as const;

/** Exports the open tape for another player; the writers load only when one is picked. */
export function ExportMenu() {
  const store = useMixtapeStore();
  const [open, setOpen] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  useEscape(panelRef, () => setOpen(false));
  usePressOutside(open, [panelRef, toggleRef], () => setOpen(false));

  const save = async (ext: PlaylistFormat, type: string) => {
    // The writers, the download and the message load only when a format is picked.
    const { exportPlaylist } = await import('../../commands/files');
    await exportPlaylist(store.getState(), ext, type);
    setOpen(false);
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
      {open ? (
        <div id="export-menu" ref={panelRef} className="track-menu-panel export-panel">
          {FORMATS.map((f) => (
            <button key={f.ext} type="button" onClick={() => void save(f.ext, f.type)}>
              {f.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
