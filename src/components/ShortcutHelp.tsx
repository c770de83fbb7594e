import { useEffect, useRef } from 'react';
import { keyNames } from '../commands/keyNames';
import { HELP_KEY, SHORTCUTS } from '../platform/shortcuts';

/** The list of shortcuts, in a native modal dialog: focus is kept inside, Escape closes it. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="shortcut-help" aria-labelledby="shortcut-heading" onClose={onClose}>
      <h2 id="shortcut-heading">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.label} className="shortcut">
            <dt>
              <kbd>{keyNames(s.keys)}</kbd>
            </dt>
            <dd>{s.help ?? s.label}</dd>
          </div>
        ))}
        <div className="shortcut">
          <dt>
            <kbd>Ctrl+Z</kbd> / <kbd>Shift+Ctrl+Z</kbd>
          </dt>
          <dd>Undo / redo a change to the tape</dd>
        </div>
        <div className="shortcut">
          <dt>
            <kbd>{HELP_KEY}</kbd>
          </dt>
          <dd>This list</dd>
        </div>
      </dl>
      <p className="hint">
        Space and the arrows work on the focused control first; none of these keys work while you type.
      </p>
      <form method="dialog">
        <button type="submit" className="button-primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
