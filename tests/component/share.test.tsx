// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeTape, payloadFromHash, payloadFromPath, sameTapeContent } from '../../src/share/codec';
import { shareSheetFailure } from '../../src/share/shareSheet';
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

describe('the two kinds of link', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('offers a card link, which carries the tape in its path and says the server sees it', async () => {
    const { store, user } = renderWithStore();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const link = (await screen.findByRole('textbox', { name: 'Link to this tape' })) as HTMLInputElement;
    expect(screen.getByRole('radio', { name: 'Private link' })).toBeChecked();
    expect(new URL(link.value).hash).toMatch(/^#[1-9]/);
    expect(screen.getByText(/never reaches a server/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Card link' }));
    const { pathname, hash } = new URL(link.value);
    expect(hash).toBe('');
    const decoded = decodeTape(payloadFromPath(pathname) ?? '');
    expect(decoded.ok && sameTapeContent(decoded.tape, store.getState().tape)).toBe(true);
    expect(screen.getByText(/the server hosting Mixtape sees its contents/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(link.value);
  });

  it('starts on the card link when the build says the deployment has the card service', async () => {
    vi.stubEnv('VITE_CARD_SERVICE', '1');
    const { user } = renderWithStore();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const link = (await screen.findByRole('textbox', { name: 'Link to this tape' })) as HTMLInputElement;
    expect(screen.getByRole('radio', { name: 'Card link' })).toBeChecked();
    expect(new URL(link.value).pathname).toMatch(/\/t\/[1-9]/);
  });
});

describe('the system share sheet', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'share');
  });

  const offerShare = (share: () => Promise<void>) =>
    Object.defineProperty(navigator, 'share', { value: vi.fn(share), configurable: true });

  it('says nothing when the listener closes it', async () => {
    offerShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    const { user } = renderWithStore();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(await screen.findByRole('button', { name: 'Share…' }));
    const shared = vi.mocked(navigator.share).mock.results[0]?.value as Promise<void>;
    // Once the sheet's promise has settled and React has rendered what followed, nothing was said.
    await act(() => shared.catch(() => undefined));
    expect(screen.queryByText(/Couldn’t share/)).toBeNull();
    expect(screen.queryByText(/Link copied/)).toBeNull();
  });

  it('says why it did not share, and points at Copy link', async () => {
    offerShare(() => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
    const { user } = renderWithStore();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(await screen.findByRole('button', { name: 'Share…' }));
    expect(
      await screen.findByText('Couldn’t share: this browser did not allow it. Use Copy link instead.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied. Paste it anywhere.')).toBeInTheDocument();
  });

  it.each([
    [new DOMException('', 'AbortError'), null],
    [
      new DOMException('', 'InvalidStateError'),
      'Couldn’t share: another share is still open. Use Copy link instead.',
    ],
    [
      new DOMException('', 'DataError'),
      'Couldn’t share: the share sheet refused this link. Use Copy link instead.',
    ],
    [new TypeError('x'), 'Couldn’t share: the share sheet failed. Use Copy link instead.'],
    ['a string', 'Couldn’t share: the share sheet failed. Use Copy link instead.'],
  ])('%s → %s', (error, message) => {
    expect(shareSheetFailure(error)).toBe(message);
  });
});
