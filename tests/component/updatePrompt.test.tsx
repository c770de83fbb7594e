// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

const sw = vi.hoisted(() => ({ needRefresh: true, setNeedRefresh: vi.fn(), updateServiceWorker: vi.fn() }));
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [sw.needRefresh, sw.setNeedRefresh],
    offlineReady: [false, vi.fn()],
    updateServiceWorker: sw.updateServiceWorker,
  }),
}));

const { default: UpdatePrompt } = await import('../../src/components/UpdatePrompt');

describe('the update prompt', () => {
  it('says when a new version is ready and reloads only when asked', async () => {
    const user = userEvent.setup();
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Mixtape is ready.');
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(sw.setNeedRefresh).toHaveBeenCalledWith(false);
    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('shows nothing while the version is current', () => {
    sw.needRefresh = false;
    render(<UpdatePrompt />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
