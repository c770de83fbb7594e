import { useId, useState } from 'react';
import { FILE_COMMANDS, runFileCommand } from '../../commands/fileCommands';
import { useMixtapeStore } from '../../store/StoreContext';

export function AddLocalFiles() {
  const store = useMixtapeStore();
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
        {busy ? 'Reading files…' : FILE_COMMANDS.addFiles.label}
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
          await runFileCommand('addFiles', store.getState(), files);
          setBusy(false);
        }}
      />
    </div>
  );
}
