import { useRegisterSW } from 'virtual:pwa-register/react';
import { useEffect, useReducer } from 'react';
import { type ControllerSource, watchControllerChanges } from '../platform/controllerChanges';
import { NO_UPDATE, nextUpdateState, updateMessage } from '../platform/updateFlow';

const reloadPage = () => window.location.reload();

interface UpdatePromptProps {
  /** Where controller changes come from; tests pass a stand-in. */
  readonly serviceWorkers?: ControllerSource | undefined;
  readonly reload?: () => void;
}

/**
 * Registers the service worker (lazily, after the first screen) and, when a new version is ready, asks
 * before reloading. Only this tab's own "Reload to update" reloads it; a new version that another tab let in
 * is announced here, never forced (platform/updateFlow.ts), so a playing tape is never cut off.
 */
export default function UpdatePrompt({
  serviceWorkers = navigator.serviceWorker,
  reload = reloadPage,
}: UpdatePromptProps) {
  const [flow, send] = useReducer(nextUpdateState, NO_UPDATE);
  const { updateServiceWorker } = useRegisterSW({
    onNeedRefresh: () => send({ type: 'waiting' }),
    // Left to itself, the library reloads every tab that was ever shown the prompt as soon as any tab lets
    // the new version in, playing or not. Whether to reload is updateFlow's call.
    onNeedReload: () => undefined,
  });
  useEffect(
    () =>
      serviceWorkers &&
      watchControllerChanges(serviceWorkers, (hadController) =>
        send({ type: 'controller-changed', hadController }),
      ),
    [serviceWorkers],
  );
  useEffect(() => {
    // Only tells the waiting worker to take over (its reloadPage argument is unused since 0.13.2): the
    // reload follows as this tab's controller change.
    if (flow.effect === 'activate') void updateServiceWorker();
    else if (flow.effect === 'reload') reload();
  }, [flow, updateServiceWorker, reload]);

  const message = updateMessage(flow);
  if (message === undefined) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{message}</p>
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={() => send({ type: 'reload-asked' })}>
          Reload to update
        </button>
        <button type="button" className="chip" onClick={() => send({ type: 'later' })}>
          Later
        </button>
      </div>
    </div>
  );
}
