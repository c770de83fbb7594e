// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stackTracklistLayout } from '../support/layout';
import { renderWithStore } from '../support/renderApp';

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = stackTracklistLayout();
});
afterEach(() => restoreLayout());

/** A track's drag handle once the lazily loaded drag-and-drop layer has taken over the rows. */
async function sortableHandle(title: string) {
  return waitFor(() => {
    const handle = screen.getByRole('button', { name: `Reorder ${title}` });
    expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
    return handle;
    // The first test of a run waits for the drag-and-drop chunk to be transformed, slow on a busy machine:
    // the wait is Testing Library's hang guard (tests/setup.ts), not a pace.
  });
}

const titles = (store: ReturnType<typeof renderWithStore>['store']) =>
  store.getState().tape.tracks.map((t) => t.title);
const liveText = () => document.body.textContent ?? '';

describe('reordering from the keyboard', () => {
  it('Space picks a track up, arrows move it, Space drops it, and the move is announced by place', async () => {
    const { store, user } = renderWithStore();
    const handle = await sortableHandle('Expectations');
    handle.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(liveText()).toMatch(/Picked up Expectations, at place 11 of 19, side B/));
    for (let i = 0; i < 3; i += 1) await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(liveText()).toMatch(/Expectations moved to place \d+ of 19/));
    await user.keyboard(' ');
    await waitFor(() => expect(titles(store).indexOf('Expectations')).toBeLessThan(10));
    const place = titles(store).indexOf('Expectations') + 1;
    await waitFor(() =>
      expect(liveText()).toContain(`Expectations dropped at place ${place} of 19, side A.`),
    );
    expect(liveText()).not.toMatch(/j11/);
  });

  it('Escape cancels a keyboard drag and leaves the order alone', async () => {
    const { store, user } = renderWithStore();
    const before = titles(store);
    const handle = await sortableHandle('Dearest');
    handle.focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(liveText()).toMatch(/Reordering cancelled\. Dearest is back at place 4 of 19/),
    );
    expect(titles(store)).toEqual(before);
  });

  it('Move up and Move down in a track’s menu reorder without dragging, and say where it went', async () => {
    const { store, user } = renderWithStore();
    await sortableHandle('Dearest');
    await user.click(await screen.findByRole('button', { name: 'More for Dearest' }));
    await user.click(await screen.findByRole('button', { name: 'Move up' }));
    expect(titles(store)[2]).toBe('Dearest');
    await waitFor(() => expect(liveText()).toMatch(/Dearest moved to place 3 of 19, side A/));
    await user.click(screen.getByRole('button', { name: 'More for Dearest' }));
    await user.click(await screen.findByRole('button', { name: 'Move down' }));
    expect(titles(store)[3]).toBe('Dearest');
  });

  it('Delete removes the focused track and Ctrl+Z brings it back; Shift+Ctrl+Z removes it again', async () => {
    const { store, user } = renderWithStore();
    await sortableHandle('Sea of Love');
    const row = await screen.findByRole('button', { name: /^Sea of Love Cat Power/ });
    row.focus();
    await user.keyboard('{Delete}');
    expect(titles(store)).not.toContain('Sea of Love');
    expect(store.getState().tape.tracks).toHaveLength(18);
    await user.keyboard('{Control>}z{/Control}');
    expect(titles(store)[13]).toBe('Sea of Love');
    await user.keyboard('{Shift>}{Control>}z{/Control}{/Shift}');
    expect(titles(store)).not.toContain('Sea of Love');
  });

  it('Undo and Redo buttons name what they undo, and are disabled when there is nothing', async () => {
    const { store, user } = renderWithStore();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await sortableHandle('Vampire');
    await user.click(await screen.findByRole('button', { name: 'More for Vampire' }));
    await user.click(screen.getByRole('button', { name: 'Remove from tape' }));
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveAttribute('title', expect.stringMatching(/Undo: Remove “Vampire”/));
    await user.click(undo);
    expect(titles(store)).toContain('Vampire');
    expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled();
  });

  it('Ctrl+Z inside a text field is left to the field', async () => {
    const { store, user } = renderWithStore();
    await sortableHandle('Vampire');
    await user.click(await screen.findByRole('button', { name: 'More for Vampire' }));
    await user.click(screen.getByRole('button', { name: 'Remove from tape' }));
    await user.click(screen.getByRole('button', { name: 'Label & notes' }));
    const title = await screen.findByRole('textbox', { name: 'Title on the label' });
    title.focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(titles(store)).not.toContain('Vampire');
  });

  it('the first edit of the built-in tape makes the user’s own copy, shown on the shelf', async () => {
    const { user } = renderWithStore();
    const shelf = screen.getByRole('navigation', { name: 'Your tapes' });
    expect(within(shelf).getAllByRole('button')).toHaveLength(2);
    await sortableHandle('Dearest');
    await user.click(await screen.findByRole('button', { name: 'More for Dearest' }));
    await user.click(await screen.findByRole('button', { name: 'Move up' }));
    expect(within(shelf).getAllByRole('button')).toHaveLength(3);
    expect(screen.getByText('Your tape: every change is saved in this browser.')).toBeInTheDocument();
  });
});

describe('reordering by pointer', () => {
  it('pointer events from a finger never pick a track up; a mouse’s do, once it has moved 4 px', async () => {
    const { store } = renderWithStore();
    const before = titles(store);
    const handle = await sortableHandle('Dearest');
    const region = document.querySelector('[id^="DndLiveRegion"]');
    if (!region) throw new Error('no live region');
    // Dearest's row is the fifth in the stacked layout (side A's heading first), 48 px each.
    const at = (pointerType: string, dy = 0) => ({
      pointerType,
      isPrimary: true,
      button: 0,
      clientX: 22,
      clientY: 216 + dy,
    });
    // A finger's swipe as the browser also reports it, in pointer events (the touch sensor hears its
    // touch events). Each event is handled and rendered before the next (fireEvent runs in act).
    fireEvent.pointerDown(handle, at('touch'));
    for (const dy of [-10, -40, -90]) fireEvent.pointerMove(document, at('touch', dy));
    fireEvent.pointerUp(document, at('touch', -90));
    expect(titles(store)).toEqual(before);
    // A pick-up or a drop is always said: nothing was.
    expect(region).toHaveTextContent('');
    // The same move with a mouse picks the track up.
    fireEvent.pointerDown(handle, at('mouse'));
    fireEvent.pointerMove(document, at('mouse', -10));
    await waitFor(() => expect(region).toHaveTextContent(/^Picked up Dearest, at place 4 of 19, side A\./));
    fireEvent.keyDown(document, { code: 'Escape', key: 'Escape' });
    await waitFor(() => expect(region).toHaveTextContent(/Reordering cancelled/));
    expect(titles(store)).toEqual(before);
  });
});
