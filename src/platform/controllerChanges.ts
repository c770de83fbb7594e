/** The part of `navigator.serviceWorker` that says which worker controls the page. */
export type ControllerSource = Pick<
  ServiceWorkerContainer,
  'controller' | 'addEventListener' | 'removeEventListener'
>;

/**
 * Reports every change of the service worker that controls this page (the container's `controllerchange`, W3C
 * Service Workers), with whether a worker controlled it before: a new version taking over the origin, whichever tab
 * let it, or (`false`) the first worker claiming a first visit. Returns the teardown.
 */
export function watchControllerChanges(
  source: ControllerSource,
  onChange: (hadController: boolean) => void,
): () => void {
  let controlled = source.controller !== null;
  const listener = () => {
    const hadController = controlled;
    controlled = source.controller !== null;
    onChange(hadController);
  };
  source.addEventListener('controllerchange', listener);
  return () => source.removeEventListener('controllerchange', listener);
}
