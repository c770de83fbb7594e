import { useId, useState } from 'react';
import { tracksFromFiles } from '../../media/localFiles';
import { useMixtape } from '../../store/StoreContext';
import { useAnnounce } from '../tracklist/announcer';
import { useCheckedAdd } from './useCheckedAdd';

export function AddLocalFiles() {
  const { add, questionAt } = useCheckedAdd();
  const notify = useMixtape((s) => s.notify);
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const id = useId();
  return (
    <div className="add-section">
      <h4>From this device</h4>
      <p className="hint">
        Pick audio files, or drop them on the cassette. They play from this device only and cannot travel in a
        shared link.
      </p>
      <label htmlFor={id} className="file-pick">
        {busy ? 'Reading files…' : 'Choose audio files'}
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept="audio/*"
        multiple
        onChange={async (e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length === 0) return;
          setBusy(true);
          const { tracks, rejected } = await tracksFromFiles(files);
          setBusy(false);
          if (tracks.length)
            add(tracks, () =>
              announce(`Added ${tracks.length} ${tracks.length === 1 ? 'file' : 'files'} to the tape.`),
            );
          if (rejected.length)
            notify('error', `These files aren’t audio this browser can play: ${rejected.join(', ')}.`);
        }}
      />
      {questionAt()}
    </div>
  );
}
