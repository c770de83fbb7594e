// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../support/renderApp';

describe('the deck', () => {
  it('has every transport control, named', () => {
    renderWithStore();
    const transport = screen.getByRole('group', { name: 'Transport' });
    for (const name of ['Previous track', 'Rewind', 'Play', 'Stop', 'Fast forward', 'Next track']) {
      expect(within(transport).getByRole('button', { name })).toBeEnabled();
    }
    expect(screen.getByRole('slider', { name: 'Seek' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Volume' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mute' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('pressing Play asks the store to play, and the button becomes Pause', async () => {
    const { store, user } = renderWithStore();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playback.status).toBe('loading');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Play' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playback.status).toBe('paused');
  });

  it('Play goes through the store’s play action, never to audio directly', async () => {
    const { store, user } = renderWithStore();
    const play = vi.fn();
    store.setState({ play });
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(play).toHaveBeenCalledTimes(1);
  });

  it('Next and Previous move through the tape', async () => {
    const { store, user } = renderWithStore();
    await user.click(screen.getByRole('button', { name: 'Next track' }));
    await user.click(screen.getByRole('button', { name: 'Next track' }));
    expect(store.getState().queue.cursor).toBe(2);
    expect(screen.getByText('A Well Respected Man', { selector: 'strong' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous track' }));
    expect(store.getState().queue.cursor).toBe(1);
  });

  it('Rewind and Fast forward jump ten seconds', async () => {
    const { store, user } = renderWithStore();
    await user.click(screen.getByRole('button', { name: 'Fast forward' }));
    expect(store.getState().playback.position).toBe(10);
    await user.click(screen.getByRole('button', { name: 'Rewind' }));
    expect(store.getState().playback.position).toBe(0);
  });

  // jsdom does not step range inputs from the keyboard; the end-to-end tests press the keys in Chromium.
  it('the Seek slider is a slider with a spoken value, and moving it seeks', () => {
    const { store } = renderWithStore();
    const seek = screen.getByRole('slider', { name: 'Seek' });
    expect(seek).toHaveAttribute('aria-valuetext', expect.stringMatching(/^0 seconds of \d+ seconds$/));
    expect(seek).toHaveAttribute('min', '0');
    expect(Number(seek.getAttribute('max'))).toBeCloseTo(store.getState().playback.duration);
    fireEvent.change(seek, { target: { value: '3' } });
    expect(store.getState().playback.position).toBe(3);
    expect(seek).toHaveAttribute('aria-valuetext', expect.stringMatching(/^3 seconds of/));
  });

  it('the Volume slider and the Mute toggle drive the store', async () => {
    const { store, user } = renderWithStore();
    const volume = screen.getByRole('slider', { name: 'Volume' });
    expect(volume).toHaveAttribute('aria-valuetext', '80%');
    fireEvent.change(volume, { target: { value: '70' } });
    expect(store.getState().playback.volume).toBeCloseTo(0.7);
    const mute = screen.getByRole('button', { name: 'Mute' });
    await user.click(mute);
    expect(mute).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().playback.muted).toBe(true);
    expect(volume).toHaveAttribute('aria-valuetext', '70%, muted');
  });

  it('shuffle and repeat are toggles that say their state', async () => {
    const { store, user } = renderWithStore();
    const shuffle = screen.getByRole('button', { name: 'Shuffle' });
    await user.click(shuffle);
    expect(shuffle).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().queue.shuffle).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Repeat: off' }));
    await user.click(screen.getByRole('button', { name: 'Repeat: whole tape' }));
    expect(screen.getByRole('button', { name: 'Repeat: this track' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(store.getState().queue.repeat).toBe('one');
  });

  it('shows elapsed and total time for the current track', () => {
    const { store } = renderWithStore();
    act(() => {
      store.getState().play();
      store.getState().clipStarted('j01');
      store.getState().clipProgress('j01', 7.6);
    });
    expect(screen.getByText(/Now playing · side A/)).toBeInTheDocument();
    expect(screen.getAllByText('0:07').length).toBeGreaterThan(0);
  });

  it('says Paused when paused partway through a song, and Cued at its top (issue 20.5)', () => {
    const { store } = renderWithStore();
    expect(screen.getByText(/Cued · side A/)).toBeInTheDocument();
    act(() => {
      store.getState().play();
      store.getState().clipStarted('j01');
      store.getState().clipProgress('j01', 7.6);
      store.getState().pause();
    });
    expect(screen.getByText(/Paused · side A/)).toBeInTheDocument();
    expect(screen.queryByText(/Cued/)).not.toBeInTheDocument();
    act(() => store.getState().stop());
    expect(screen.getByText(/Cued · side A/)).toBeInTheDocument();
  });

  it('the cassette describes itself and shows the tape title', () => {
    const { store } = renderWithStore();
    const cassette = screen.getByRole('img', { name: /Cassette “Juno”, side A, stopped/ });
    expect(within(cassette).getByText('Juno')).toBeInTheDocument();
    act(() => {
      store.getState().play();
      store.getState().clipStarted('j01');
    });
    expect(screen.getByRole('img', { name: /side A, playing/ })).toBeInTheDocument();
  });

  it('a stalled clip is shown as buffering, not playing, in words and on the cassette, until it moves on', () => {
    const { store } = renderWithStore();
    act(() => {
      store.getState().play();
      store.getState().clipStarted('j01');
      store.getState().clipProgress('j01', 13.2);
      store.getState().clipStalled('j01');
    });
    expect(screen.getByText(/Buffering · side A/)).toBeInTheDocument();
    expect(screen.queryByText(/Now playing/)).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: /side A, buffering/ })).toHaveAttribute('data-state', 'still');
    // The listener can still pause what is meant to be playing.
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    act(() => store.getState().clipResumed('j01'));
    expect(screen.getByText(/Now playing · side A/)).toBeInTheDocument();
  });

  it('errors are announced as alerts and can be dismissed', async () => {
    const { store, user } = renderWithStore();
    act(() => store.getState().notify('error', 'Something broke'));
    expect(screen.getByRole('alert')).toHaveTextContent('Something broke');
    await user.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('crossfade', () => {
  it('is a slider from off to 6 seconds that says its value', () => {
    const { store } = renderWithStore();
    const slider = screen.getByRole('slider', { name: 'Crossfade' });
    expect(slider).toHaveAttribute('aria-valuetext', 'Off: back to back');
    expect(slider).toHaveAttribute('max', '6');
    fireEvent.change(slider, { target: { value: '3' } });
    expect(store.getState().playback.crossfade).toBe(3);
    expect(slider).toHaveAttribute('aria-valuetext', '3 seconds');
  });
});

describe('turning the tape over', () => {
  it('flips the cassette when the tape moves from side A to side B', () => {
    const { store } = renderWithStore();
    const cassette = screen.getByRole('img', { name: /side A/ });
    expect(cassette).not.toHaveAttribute('data-flip');
    act(() => store.getState().playTrack('j11'));
    expect(screen.getByRole('img', { name: /side B/ })).toHaveAttribute('data-flip', 'true');
  });

  it('just swaps sides when the listener prefers reduced motion', () => {
    const matchMedia = vi.fn((query: string) => ({
      matches: query.includes('reduce'),
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    vi.stubGlobal('matchMedia', matchMedia);
    const { store } = renderWithStore();
    act(() => store.getState().playTrack('j11'));
    expect(screen.getByRole('img', { name: /side B/ })).not.toHaveAttribute('data-flip');
    vi.unstubAllGlobals();
  });
});
