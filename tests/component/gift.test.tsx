// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JCard } from '../../src/components/jcard/JCard';
import { junoTape } from '../../src/data/junoTape';
import type { Tape } from '../../src/model/tape';
import { renderWithStore } from '../support/renderApp';

const HOSTILE = '<img src=x onerror=alert(1)>';
const gifted = (): Tape => {
  const juno = junoTape();
  return {
    ...juno,
    dedication: { from: 'Alex', to: 'Sam', message: `Happy birthday!\n${HOSTILE}` },
    tracks: juno.tracks.map((t, i) =>
      i === 1 ? { ...t, note: 'The one from the kitchen' } : i === 0 ? { ...t, note: 'Where it began' } : t,
    ),
  };
};

/** The app's polite live region (tracklist/announcer.tsx), which says a song's note as the song starts. */
const noteRegion = () => {
  const region = document.querySelector('[aria-live="polite"][aria-atomic="true"]');
  if (!region) throw new Error('no announcer');
  return region;
};

describe('the dedication', () => {
  it('is written in the label panel, saved as one undo step when the focus leaves it, and shown on the cassette', async () => {
    const { user, store } = renderWithStore();
    await user.click(screen.getByRole('button', { name: 'Label & notes' }));
    const dedication = await screen.findByRole('group', { name: 'Dedication' });
    await user.type(within(dedication).getByRole('textbox', { name: 'From' }), 'Alex');
    await user.type(within(dedication).getByRole('textbox', { name: 'To' }), 'Sam');
    await user.type(within(dedication).getByRole('textbox', { name: /^Message/ }), 'For the drive');
    // Nothing is saved while the focus moves between the three fields: they are one dedication.
    expect(store.getState().history.past).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(store.getState().tape.dedication).toEqual({ from: 'Alex', to: 'Sam', message: 'For the drive' }),
    );
    const cassette = screen.getByRole('img', { name: /Cassette “Juno”/ });
    expect(within(cassette).getByText('for Sam, from Alex')).toBeInTheDocument();
    expect(store.getState().history.past.map((step) => step.label)).toEqual(['Edit dedication']);
    act(() => store.getState().undo());
    expect(store.getState().tape.dedication).toBeUndefined();
    expect(within(cassette).queryByText('for Sam, from Alex')).not.toBeInTheDocument();
  });

  it('prints on the J-card with every note, as text', () => {
    renderWithStore(<JCard />, gifted());
    const card = screen.getByRole('article', { name: 'J-card for “Juno”' });
    expect(within(card).getByText('for Sam, from Alex')).toBeInTheDocument();
    expect(within(card).getByText(/Happy birthday!/)).toHaveTextContent(HOSTILE);
    expect(card.querySelector('img')).toBeNull();
    expect(within(card).getByText('The one from the kitchen')).toBeInTheDocument();
  });
});

describe('a note per song', () => {
  it('is written in the track’s edit form, shown under the song, and undone in one step', async () => {
    const { user, store } = renderWithStore();
    const list = screen.getByRole('list', { name: /Side A/ });
    await user.click(within(list).getAllByRole('button', { name: /^More for/ })[0] as HTMLElement);
    await user.click(await screen.findByRole('button', { name: 'Edit title, artist and note' }));
    const note = await screen.findByRole('textbox', { name: 'Note' });
    await user.type(note, 'Why this one: the kitchen');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(list).findByText('Why this one: the kitchen')).toBeInTheDocument();
    expect(store.getState().history.past).toHaveLength(1);
    act(() => store.getState().undo());
    expect(within(list).queryByText('Why this one: the kitchen')).not.toBeInTheDocument();
  });

  it('shows in Now playing and is announced once when its song starts, not again on resume', async () => {
    const { store } = renderWithStore(undefined, gifted());
    const second = store.getState().tape.tracks[1]?.id ?? '';
    act(() => {
      store.getState().playTrack(second);
      store.getState().clipStarted(second);
    });
    await waitFor(() => expect(noteRegion()).toHaveTextContent('Note: The one from the kitchen'));
    expect(
      within(document.querySelector('.now-playing') as HTMLElement).getByText('The one from the kitchen'),
    ).toHaveClass('now-song-note');
    // Pause and resume: the region keeps its words, so nothing is said again.
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(noteRegion().textContent ?? ''));
    observer.observe(noteRegion(), { childList: true, characterData: true, subtree: true });
    act(() => store.getState().pause());
    act(() => {
      store.getState().play();
      store.getState().clipStarted(second);
    });
    await waitFor(() => expect(screen.getByText(/Now playing · side A/)).toBeInTheDocument());
    observer.disconnect();
    expect(changes).toEqual([]);
    // Another song starts: its own note is said.
    const first = store.getState().tape.tracks[0]?.id ?? '';
    const again: string[] = [];
    const watcher = new MutationObserver(() => again.push(noteRegion().textContent ?? ''));
    watcher.observe(noteRegion(), { childList: true, characterData: true, subtree: true });
    act(() => {
      store.getState().playTrack(first);
      store.getState().clipStarted(first);
    });
    await waitFor(() => expect(again).toContain('Note: Where it began'));
    watcher.disconnect();
  });
});
