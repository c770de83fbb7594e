import { useMixtape } from '../store/StoreContext';
import { Icon } from './Icon';

/** Errors interrupt (role=alert); everything else waits its turn (role=status). */
export function Messages() {
  const messages = useMixtape((s) => s.messages);
  const dismiss = useMixtape((s) => s.dismissMessage);
  return (
    <div className="messages">
      {messages.map((m) => (
        <div
          key={m.id}
          className={`message message-${m.kind}`}
          role={m.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{m.text}</p>
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
