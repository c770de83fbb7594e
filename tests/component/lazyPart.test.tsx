// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from '../../src/components/lazyPart';
import { renderWithStore } from '../support/renderApp';

function Panel({ name }: { name: string }) {
  return <p>{name} is open</p>;
}

/** What a browser's dynamic import() gives for a chunk a new deploy removed (Chromium's wording). */
const gone = (): Promise<typeof Panel> =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Panel-x1.js'));

describe('a part loaded on first use', () => {
  it('whose chunk is gone says a new version is available, alone, and Try again loads it afresh', async () => {
    const load = vi
      .fn(gone)
      .mockImplementationOnce(gone)
      .mockImplementation(() => Promise.resolve(Panel));
    const Part = lazyPart('the test panel', load);
    const { user } = renderWithStore(
      <main>
        <button type="button">Play</button>
        <Part name="Share" />
      </main>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'A new version of Mixtape is available — reload to open the test panel. Your tapes are saved.',
    );
    // Everything around it stays.
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Share is open')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('warns that a reload loses this tab’s changes when the browser is not saving', async () => {
    const Part = lazyPart('the test panel', gone);
    const { store } = renderWithStore(<Part name="x" />);
    act(() => store.getState().reportStorageHealth({ mode: 'memory-only', reason: 'blocked' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This browser is not saving: a reload loses this tab’s changes.',
    );
  });

  it('shows what it is given while the chunk loads', async () => {
    let arrive: (c: typeof Panel) => void = () => undefined;
    const Part = lazyPart(
      'the test panel',
      () =>
        new Promise<typeof Panel>((resolve) => {
          arrive = resolve;
        }),
      <p>Opening…</p>,
    );
    renderWithStore(<Part name="Label" />);
    expect(await screen.findByText('Opening…')).toBeInTheDocument();
    await act(async () => arrive(Panel));
    expect(await screen.findByText('Label is open')).toBeInTheDocument();
  });
});
