import { createContext, type ReactNode, useCallback, useContext, useSyncExternalStore } from 'react';
import type { SortableBits } from './rowTypes';
import type { SortableBindings } from './sortableBindings';

const BindingsContext = createContext<SortableBindings | null>(null);

export function SortableBindingsProvider({
  bindings,
  children,
}: {
  bindings: SortableBindings;
  children: ReactNode;
}) {
  return <BindingsContext.Provider value={bindings}>{children}</BindingsContext.Provider>;
}

export function useSortableBindings(): SortableBindings | null {
  return useContext(BindingsContext);
}

/** The bits the drag-and-drop layer has published for `id`: undefined until it has loaded (or with no id). */
export function useSortableBits(id: string | null): SortableBits | undefined {
  const bindings = useContext(BindingsContext);
  const subscribe = useCallback(
    (listener: () => void) => (bindings && id !== null ? bindings.subscribe(id, listener) : () => {}),
    [bindings, id],
  );
  return useSyncExternalStore(
    subscribe,
    () => (bindings && id !== null ? bindings.get(id) : undefined),
    () => undefined,
  );
}
