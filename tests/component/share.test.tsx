// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decodeTape, payloadFromHash, sameTapeContent } from '../../src/share/codec';
import { renderWithStore } from '../support/renderApp';

describe('the share panel', () => {
  it('shows a link that rebuilds this tape, its length, a QR code, and copies it with a confirmation', async () => {
    const { store, user } = renderWithStore();
    act(() => store.getState().moveTrack('j11', 'j01'));
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const link = (await screen.findByRole('textbox', { name: 'Link to this tape' })) as HTMLInputElement;
    const decoded = decodeTape(payloadFromHash(new URL(link.value).hash) ?? '');
    expect(decoded.ok && sameTapeContent(decoded.tape, store.getState().tape)).toBe(true);
    expect(screen.getByText(/Link length:/)).toHaveTextContent(/Link length: \d{2} characters/);
    expect(screen.getByRole('img', { name: /QR code of the link to “Juno”/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    // user-event stands in for the system clipboard.
    expect(await navigator.clipboard.readText()).toBe(link.value);
    expect(await screen.findByText('Link copied. Paste it anywhere.')).toBeInTheDocument();
  });

  it('says which tracks from this device are left out', async () => {
    const { store, user } = renderWithStore();
    act(() =>
      store.getState().addTracks([
        {
          songId: 'local:x',
          title: 'Voice memo',
          artist: 'On this device',
          previewUrl: 'blob:local',
          clipSeconds: 12,
          source: 'local',
        },
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Left out: “Voice memo”. Files from this device can’t travel in a link.',
    );
  });
});
