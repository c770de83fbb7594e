import { useId } from 'react';
import { PLAYLIST_EXTENSIONS } from '../../media/playlistFiles';
import { useMixtapeStore } from '../../store/StoreContext';
import { importPlaylistFile } from './importPlaylistFile';

export function ImportPlaylistButton() {
  const store = useMixtapeStore();
  const id = useId();
  return (
    <>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={PLAYLIST_EXTENSIONS.join(',')}
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) await importPlaylistFile(file, store.getState());
        }}
      />
      <label htmlFor={id} className="shelf-tape shelf-new">
        <span className="shelf-plus" aria-hidden="true">
          ↥
        </span>
        <span className="shelf-title">Import playlist</span>
        <span className="shelf-note">XSPF, JSPF, M3U, PLS</span>
      </label>
    </>
  );
}
