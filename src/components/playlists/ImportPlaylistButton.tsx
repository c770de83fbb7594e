import { useId } from 'react';
import { FILE_COMMANDS, runFileCommand } from '../../commands/fileCommands';
import { PLAYLIST_EXTENSIONS } from '../../media/playlistFiles';
import { useMixtapeStore } from '../../store/StoreContext';

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
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          await runFileCommand('importPlaylist', store.getState(), files);
        }}
      />
      <label htmlFor={id} className="shelf-tape shelf-new">
        <span className="shelf-plus" aria-hidden="true">
          ↥
        </span>
        <span className="shelf-title">{FILE_COMMANDS.importPlaylist.label}</span>
        <span className="shelf-note">XSPF, JSPF, M3U, PLS, CSV, Apple Music, text</span>
      </label>
    </>
  );
}
