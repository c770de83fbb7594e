import { StrictMode } from 'react';
import type { MixtapeStore } from '../store/createMixtapeStore';
import { StoreProvider } from '../store/StoreContext';
import { App } from './App';

/** The whole tree, the same for the build-time prerender and the browser, so one can hydrate the other. */
export function Root({ store }: { store: MixtapeStore }) {
  return (
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>
  );
}
