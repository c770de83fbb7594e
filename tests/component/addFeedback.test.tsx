// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AddFromCatalog } from '../../src/components/addTracks/AddFromCatalog';
import { Messages } from '../../src/components/Messages';
import { Announcer } from '../../src/components/tracklist/announcer';
import { renderWithStore } from '../support/renderApp';
import { makeTape } from '../support/tapes';

/** The stand-in list and the messages, on a tape with nothing on it yet. */
function renderAdding() {
  return renderWithStore(
    <Announcer>
      <AddFromCatalog />
      <Messages />
    </Announcer>,
    { ...makeTape(0), sideBStart: 0 },
  );
}

const addDearest = () => screen.getByRole('button', { name: 'Add Dearest by Buddy Holly' });
const addTireSwing = () => screen.getByRole('button', { name: 'Add Tire Swing by Kimya Dawson' });
const titles = (tracks: readonly { title: string }[]) => tracks.map((t) => t.title);

describe('Adding a song', () => {
  it('says “Added” with an Undo that takes exactly that add back', async () => {
    const { user, store } = renderAdding();
    await user.click(addDearest());
    expect(titles(store.getState().tape.tracks)).toEqual(['Dearest']);
    const added = screen.getByText('Added “Dearest”').closest('[role="status"]');
    if (!(added instanceof HTMLElement)) throw new Error('no message for the add');
    await user.click(within(added).getByRole('button', { name: 'Undo' }));
    expect(store.getState().tape.tracks).toHaveLength(0);
    expect(screen.getByText('Undone: Add “Dearest”')).toBeInTheDocument();
    expect(screen.queryByText('Added “Dearest”')).not.toBeInTheDocument();
  });

  it('offers Undo only on the latest add, so it never undoes something else', async () => {
    const { user, store } = renderAdding();
    await user.click(addDearest());
    await user.click(addTireSwing());
    expect(screen.getAllByRole('button', { name: 'Undo' })).toHaveLength(1);
    const latest = screen.getByText('Added “Tire Swing”').closest('[role="status"]');
    if (!(latest instanceof HTMLElement)) throw new Error('no message for the add');
    await user.click(within(latest).getByRole('button', { name: 'Undo' }));
    expect(titles(store.getState().tape.tracks)).toEqual(['Dearest']);
  });

  it('asks before adding a song already on the tape: Escape and Cancel add nothing, Add again adds it', async () => {
    const { user, store } = renderAdding();
    await user.click(addDearest());
    await user.click(addDearest());
    const question = screen.getByRole('alertdialog', { name: '“Dearest” is already on this tape.' });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(addDearest()).toHaveFocus();
    expect(titles(store.getState().tape.tracks)).toEqual(['Dearest']);

    await user.click(addDearest());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(titles(store.getState().tape.tracks)).toEqual(['Dearest']);
    expect(addDearest()).toHaveFocus();

    await user.click(addDearest());
    await user.click(screen.getByRole('button', { name: 'Add again' }));
    expect(titles(store.getState().tape.tracks)).toEqual(['Dearest', 'Dearest']);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
