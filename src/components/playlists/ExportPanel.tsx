import { type RefObject, useRef } from 'react';
import type { PlaylistFormat } from '../../commands/files';
import { useEscape } from '../../hooks/useEscape';
import { usePressOutside } from '../../hooks/usePressOutside';
import { useMixtapeStore } from '../../store/StoreContext';

const FORMATS = [
  { ext: 'xspf', label: 'XSPF (VLC, most players)', type: 'application/xspf+xml' },
  { ext: 'jspf', label: 'JSPF (JSON)', type: 'application/json' },
  { ext: 'm3u8', label: 'M3U8 (playlists everywhere)', type: 'audio/x-mpegurl' },
] as const;

/**
 * The open Export menu: one button per playlist format (XSPF 1, JSPF, extended M3U in UTF-8). Escape or a
 * press elsewhere closes it; the writers, the download and the message load only when a format is picked.
 * `toggleRef` is the button that opened it: a press on it is not "outside", and focus goes back to it after
 * Escape or a pick (`onClose(true)`), not after a press elsewhere (`onClose(false)`).
 */
export function ExportPanel({
  toggleRef,
  onClose,
}: {
  toggleRef: RefObject<HTMLButtonElement | null>;
  onClose: (refocus: boolean) => void;
}) {
  const store = useMixtapeStore();
  const panelRef = useRef<HTMLDivElement>(null);
  useEscape(panelRef, () => onClose(true));
  usePressOutside(true, [panelRef, toggleRef], () => onClose(false));

  const save = async (ext: PlaylistFormat, type: string) => {
    const { exportPlaylist } = await import('../../commands/files');
    await exportPlaylist(store.getState(), ext, type);
    onClose(true);
  };

  return (
    <div id="export-menu" ref={panelRef} className="track-menu-panel export-panel">
      {FORMATS.map((f) => (
        <button key={f.ext} type="button" onClick={() => void save(f.ext, f.type)}>
          {f.label}
        </button>
      ))}
    </div>
  );
}
