import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { App } from '../../src/app/App';
import { junoTape } from '../../src/data/junoTape';
import type { Tape } from '../../src/model/tape';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import { StoreProvider } from '../../src/store/StoreContext';

/** Renders the app (or part of it) around a fresh store; no audio engine, so actions are observable. */
export function renderWithStore(ui: ReactElement = <App />, tape: Tape = junoTape()) {
  const store = createMixtapeStore({ tape, seed: 7 });
  const user = userEvent.setup();
  const view = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { store, user, ...view };
}
