// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StandInNotice } from '../../src/components/StandInNotice';
import { junoTape } from '../../src/data/junoTape';
import { renderWithStore } from '../support/renderApp';
import { makeTape } from '../support/tapes';

const notice = () => screen.queryByRole('complementary', { name: 'About these clips' });

describe('the stand-in notice', () => {
  it('says on the built-in tape that titles and artists are the real album’s', () => {
    renderWithStore(<StandInNotice />);
    expect(notice()).toHaveTextContent('These are stand-in clips, not the real recordings.');
    expect(notice()).toHaveTextContent('Each of the 19 is');
    expect(notice()).toHaveTextContent('Titles and artists are the real album’s.');
  });

  it('does not claim the real album on the user’s own tape of stand-ins', () => {
    const { store } = renderWithStore(<StandInNotice />);
    // The first edit of the built-in tape makes it the user's own copy, which is open from then on.
    act(() => store.getState().renameTape('My Juno'));
    expect(store.getState().shelf.tapes.some((t) => t.id === store.getState().tape.id)).toBe(true);
    expect(within(notice() ?? document.body).getByText(/Each of the 19 is/)).toBeInTheDocument();
    expect(notice()).not.toHaveTextContent('real album');
    expect(notice()).toHaveTextContent('Each stands in for the song its row names.');
  });

  it('shows only while the current track is a stand-in', () => {
    const base = makeTape(2);
    const mixed = { ...base, tracks: base.tracks.map((t) => ({ ...t, source: 'url' as const })) };
    const juno = junoTape();
    const standIn = juno.tracks[0];
    if (!standIn) throw new Error('no Juno track');
    const { store } = renderWithStore(<StandInNotice />, { ...mixed, tracks: [...mixed.tracks, standIn] });
    expect(notice()).not.toBeInTheDocument();
    act(() => store.getState().playTrack(standIn.id));
    expect(notice()).toHaveTextContent('This one is');
  });
});
