// @vitest-environment jsdom

import type { RegisterSWOptions } from 'virtual:pwa-register/react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The registration as vite-plugin-pwa's hook does it, minus the browser: the test says when a new
// version waits (onNeedRefresh) and watches whether the prompt lets it take over (updateServiceWorker).
const sw = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  updateServiceWorker: vi.fn(async () => {}),
}));
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: RegisterSWOptions) => {
    sw.options = options;
    return {
      needRefresh: [false, vi.fn()],
      offlineReady: [false, vi.fn()],
      updateServiceWorker: sw.updateServiceWorker,
    };
  },
}));

const { default: UpdatePrompt } = await import('../../src/components/UpdatePrompt');

/** This tab's `navigator.serviceWorker`, loaded under the old version's worker. */
function servedPage() {
  return Object.assign(new EventTarget(), { controller: {} as ServiceWorker | null });
}
/** Another worker takes control of every tab, as clientsClaim does when any tab lets the new version in. */
const takeOver = (page: ReturnType<typeof servedPage>) =>
  act(() => {
    page.controller = {} as ServiceWorker;
    page.dispatchEvent(new Event('controllerchange'));
  });
const newVersionWaits = () => act(() => sw.options?.onNeedRefresh?.());

let page: ReturnType<typeof servedPage>;
const reload = vi.fn();
beforeEach(() => {
  page = servedPage();
  reload.mockClear();
  sw.updateServiceWorker.mockClear();
});

describe('the update prompt', () => {
  it('shows nothing while the version is current', () => {
    render(<UpdatePrompt serviceWorkers={page} reload={reload} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says when a new version is ready; Reload to update lets it in and reloads once it has taken over', async () => {
    const user = userEvent.setup();
    render(<UpdatePrompt serviceWorkers={page} reload={reload} />);
    newVersionWaits();
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Mixtape is ready.');
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    takeOver(page);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('after Later, a new version let in by another tab is announced, never forced; its own answer reloads', async () => {
    const user = userEvent.setup();
    render(<UpdatePrompt serviceWorkers={page} reload={reload} />);
    newVersionWaits();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    takeOver(page);
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of Mixtape took over in another tab. This tab stays as it is until you reload it.',
    );
    // The library must not reload behind the prompt's back either.
    expect(sw.options?.onNeedReload).toBeDefined();
    sw.options?.onNeedReload?.();
    expect(reload).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(reload).toHaveBeenCalledTimes(1);
    // The new version is in already: nothing is left waiting to be let in.
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('the first worker taking over a first visit is not a new version', () => {
    page.controller = null;
    render(<UpdatePrompt serviceWorkers={page} reload={reload} />);
    takeOver(page);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
