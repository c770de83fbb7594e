// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../support/renderApp';

/**
 * The track menu and the Export menu are disclosures whose panels load on first opening (WAI-ARIA APG,
 * disclosure): focus starts inside, Escape closes and gives focus back to the toggle, the toggle says
 * whether it is open.
 */
describe('menus that load when opened', () => {
  it('a track’s menu opens on its first action and Escape returns to “More for …”', async () => {
    const user = userEvent.setup();
    renderWithStore();
    const more = await screen.findByRole('button', { name: 'More for Dearest' });
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    // The panel's code loads on first opening; focus moves in once it has drawn (an effect after mount).
    const playNext = await screen.findByRole('button', { name: 'Play next' });
    await waitFor(() => expect(playNext).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Play next' })).not.toBeInTheDocument();
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();
  });

  it('Export lists the three formats, and Escape closes it with focus back on Export', async () => {
    const user = userEvent.setup();
    renderWithStore();
    const exportButton = screen.getByRole('button', { name: 'Export' });
    await user.click(exportButton);
    expect(exportButton).toHaveAttribute('aria-expanded', 'true');
    const first = await screen.findByRole('button', { name: /^XSPF/ });
    expect(screen.getByRole('button', { name: /^JSPF/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^M3U8/ })).toBeInTheDocument();
    act(() => first.focus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: /^XSPF/ })).not.toBeInTheDocument();
    expect(exportButton).toHaveAttribute('aria-expanded', 'false');
    expect(exportButton).toHaveFocus();
  });
});
