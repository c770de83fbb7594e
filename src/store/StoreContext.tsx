import { createContext, type PropsWithChildren, useContext } from 'react';
import { useStore } from 'zustand';
import type { MixtapeStore } from './createMixtapeStore';
import type { MixtapeState } from './types';

const StoreContext = createContext<MixtapeStore | null>(null);

/** The store is handed in rather than imported, so every test can start from a fresh one. */
export function StoreProvider({ store, children }: PropsWithChildren<{ store: MixtapeStore }>) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useMixtapeStore(): MixtapeStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useMixtape needs a <StoreProvider> above it');
  return store;
}

export function useMixtape<T>(selector: (state: MixtapeState) => T): T {
  return useStore(useMixtapeStore(), selector);
}
