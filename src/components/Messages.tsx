import { useRef } from 'react';
import { useRoomAtFoot } from '../hooks/useRoomAtFoot';
import { useMixtape } from '../store/StoreContext';
import { Icon } from './Icon';

/**
 * Errors interrupt (role=alert); everything else waits its turn (role=status). A message about an edit
 * offers Undo while that edit is still the latest, so the button always undoes what the message says.
 * Messages stay until dismissed, so the page keeps room at its foot for them (`--messages`): the
 * last track's controls can always be scrolled out from under them.
 */
export function Messages() {
  const messages = useMixtape((s) => s.messages);
  const dismiss = useMixtape((s) => s.dismissMessage);
  const latest = useMixtape((s) => s.history.past.at(-1));
  const undo = useMixtape((s) => s.undo);
  const region = useRef<HTMLDivElement>(null);
  useRoomAtFoot(region, '--messages');
  return (
    <div className="messages" ref={region}>
      {messages.map((m) => (
        <div
          key={m.id}
          className={`message message-${m.kind}`}
          role={m.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{m.text}</p>
          {m.undo && m.undo === latest ? (
            <button
              type="button"
              className="message-undo"
              onClick={() => {
                undo();
                dismiss(m.id);
              }}
            >
              Undo
            </button>
          ) : null}
          <button
            type="button"
            className="message-close"
            aria-label="Dismiss message"
            onClick={() => dismiss(m.id)}
          >
            <Icon name="close" />
          </button>
        </div>
      ))}
    </div>
  );
}
