// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import clips from '../../src/data/clips.generated.json';
import album from '../../src/data/juno.json';
import { formatTime } from '../../src/model/time';
import { renderWithStore } from '../support/renderApp';
import { makeTape } from '../support/tapes';

const tracklist = () => screen.getByRole('region', { name: 'Tracklist' });
/** Rows once the drag-and-drop layer has loaded (it replaces the static rows). */
const rows = async () => {
  await waitFor(
    () =>
      expect(screen.getAllByRole('button', { name: /^Reorder / })[0]).toHaveAttribute(
        'aria-roledescription',
        'sortable',
      ),
    // The first test of a run waits for the drag-and-drop chunk to be transformed, slow on a busy machine:
    // the wait is Testing Library's hang guard (tests/setup.ts), not a pace.
  );
  return within(tracklist()).getAllByRole('listitem');
};

describe('the tracklist', () => {
  it('renders the 19 Juno tracks in album order across side A and side B', async () => {
    renderWithStore();
    const all = await rows();
    expect(all).toHaveLength(19);
    expect(all[0]).toHaveTextContent('All I Want Is You');
    expect(all[0]).toHaveTextContent('Barry Louis Polisar');
    expect(all[18]).toHaveTextContent('Michael Cera & Elliot Page');
    const a = within(screen.getByRole('list', { name: /Side A/ })).getAllByRole('listitem').length;
    const b = within(screen.getByRole('list', { name: /Side B/ })).getAllByRole('listitem').length;
    expect(a + b).toBe(19);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
  });

  it('shows each song’s own length, the one its side counts, not the stand-in clip’s', async () => {
    renderWithStore();
    const all = await rows();
    album.tracks.forEach((song, i) => {
      expect(clips[song.id as keyof typeof clips].seconds).toBeLessThan(song.albumSeconds);
      expect(
        within(all[i] as HTMLElement).getByRole('button', { name: new RegExp(`^${song.title}`) }),
      ).toHaveTextContent(new RegExp(`${formatTime(song.albumSeconds)}$`));
    });
  });

  it('sums on each side exactly what its rows show, and marks a length that is only the clip’s', async () => {
    const base = makeTape(3, 2);
    // A catalog preview whose song length the catalog did not give, a link-added song (its clip is the
    // song), and a stand-in with its album length.
    const tape = {
      ...base,
      tracks: [
        { ...base.tracks[0], source: 'catalog', clipSeconds: 30 },
        { ...base.tracks[1], source: 'url', clipSeconds: 201 },
        { ...base.tracks[2], source: 'stand-in', clipSeconds: 18, fullSeconds: 159 },
      ] as typeof base.tracks,
    };
    renderWithStore(undefined, tape);
    const all = await rows();
    expect(all[0]).toHaveTextContent(/0:30 clip$/);
    expect(all[1]).toHaveTextContent(/3:21$/);
    expect(all[2]).toHaveTextContent(/2:39$/);
    expect(screen.getByRole('heading', { name: /Side A/ })).toHaveTextContent('2 songs · 3:51 of 30:00');
    expect(screen.getByRole('heading', { name: /Side B/ })).toHaveTextContent('1 song · 2:39 of 30:00');
  });

  it('shows each side’s running time against the tape length', async () => {
    renderWithStore();
    await rows();
    expect(screen.getByRole('heading', { name: /Side A/ })).toHaveTextContent(
      /\d+ songs · \d+:\d\d of 30:00/,
    );
  });

  it('marks the current track with aria-current, and activating a row plays it', async () => {
    const { store, user } = renderWithStore();
    const all = await rows();
    expect(all[0]).toHaveAttribute('aria-current', 'true');
    await user.click(
      within(all[10] as HTMLElement).getByRole('button', { name: /^Expectations Belle & Sebastian/ }),
    );
    expect(store.getState().playback.status).toBe('loading');
    const after = await rows();
    expect(after[10]).toHaveAttribute('aria-current', 'true');
    expect(after[0]).not.toHaveAttribute('aria-current');
  });

  it('flags a track whose clip failed', async () => {
    const { store } = renderWithStore();
    await rows();
    act(() => store.getState().clipFailed('j04', 'the clip is missing'));
    expect((await rows())[3]).toHaveTextContent('unavailable');
    expect(
      screen.getByRole('button', { name: /^Dearest Buddy Holly unavailable 2:05$/ }),
    ).toBeInTheDocument();
  });

  it('says plainly that the clips are stand-ins', () => {
    renderWithStore();
    expect(screen.getByRole('complementary', { name: 'About these clips' })).toHaveTextContent(
      /stand-in clips, not the real recordings/,
    );
  });

  it('handles an empty side', async () => {
    renderWithStore(undefined, makeTape(2, 2));
    expect(await screen.findByText('Nothing on side B yet.')).toBeInTheDocument();
  });

  it('shows an empty tape on side A, inviting songs, not as two empty sides', async () => {
    renderWithStore(undefined, makeTape(0, 0));
    expect(await screen.findByText(/A blank tape, ready for songs/)).toBeInTheDocument();
    expect(screen.queryByText('Nothing on side A yet.')).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: /side A/ })).toBeInTheDocument();
  });

  it('edits a track’s title and artist from its menu; Escape leaves it as it was', async () => {
    const { store, user } = renderWithStore();
    await rows();
    await user.click(screen.getByRole('button', { name: 'More for Dearest' }));
    await user.click(await screen.findByRole('button', { name: 'Edit title, artist and note' }));
    // The form loads the first time it is opened, and takes the focus.
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveFocus());
    await user.clear(title);
    await user.type(title, 'Dearest (live)');
    await user.keyboard('{Enter}');
    expect(store.getState().tape.tracks[3]?.title).toBe('Dearest (live)');
    expect(screen.queryByRole('form', { name: /^Edit / })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'More for Dearest (live)' }));
    await user.click(await screen.findByRole('button', { name: 'Edit title, artist and note' }));
    await user.type(await screen.findByRole('textbox', { name: 'Artist' }), ' and friends');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: /^Edit / })).toBeNull();
    expect(store.getState().tape.tracks[3]?.artist).toBe('Buddy Holly');
  });
});
