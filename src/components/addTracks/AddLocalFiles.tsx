import { useId, useState } from 'react';
import { FILE_COMMANDS, runFileCommand } from '../../commands/fileCommands';
import { useMixtapeStore } from '../../store/StoreContext';
import { useCheckedAdd } from './useCheckedAdd';

export function AddLocalFiles() {
  const store = useMixtapeStore();
  const { add, questionAt } = useCheckedAdd();
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
          // Asks first when a file is already on the tape; the store's message says what was added.
          await runFileCommand('addFiles', store.getState(), files, (tracks) => add(tracks));
          setBusy(false);
        }}
      />
      {questionAt()}
    </div>
  );
}
