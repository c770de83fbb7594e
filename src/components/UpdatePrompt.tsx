import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker (lazily, after the first screen) and, when a new version is ready,
 * asks before reloading: a tape that is playing is never cut off by an update.
 */
export default function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="status">
      <p>A new version of Mixtape is ready.</p>
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={() => void updateServiceWorker(true)}>
          Reload to update
        </button>
        <button type="button" className="chip" onClick={() => setNeedRefresh(false)}>
          Later
        </button>
      </div>
    </div>
  );
}
