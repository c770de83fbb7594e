// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import clips from '../../src/data/clips.generated.json';
import album from '../../src/data/juno.json';
import { formatTime } from '../../src/model/time';
import { renderWithStore } from '../support/renderApp';
import { makeTape } from '../support/tapes';

describe('the tracklist', () => {
  it('renders the 19 Juno tracks in album order across side A and side B', () => {
    renderWithStore();
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(19);
    expect(rows[0]).toHaveTextContent('All I Want Is You');
    expect(rows[0]).toHaveTextContent('Barry Louis Polisar');
    expect(rows[18]).toHaveTextContent('Michael Cera & Elliot Page');
    const sideA = screen.getByRole('list', { name: /Side A/ });
    const sideB = screen.getByRole('list', { name: /Side B/ });
    const a = within(sideA).getAllByRole('listitem').length;
    const b = within(sideB).getAllByRole('listitem').length;
    expect(a + b).toBe(19);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
  });

  it('shows each clip’s duration, as read from the audio', () => {
    renderWithStore();
    const rows = screen.getAllByRole('listitem');
    album.tracks.forEach((song, i) => {
      const seconds = clips[song.id as keyof typeof clips].seconds;
      expect(seconds).toBeGreaterThanOrEqual(15);
      expect(rows[i]).toHaveTextContent(new RegExp(`${formatTime(seconds)}$`));
    });
  });

  it('marks the current track with aria-current, and activating a row plays it', async () => {
    const { store, user } = renderWithStore();
    const rows = () => screen.getAllByRole('listitem');
    expect(rows()[0]).toHaveAttribute('aria-current', 'true');
    await user.click(
      within(rows()[10] as HTMLElement).getByRole('button', { name: /^Expectations by Belle & Sebastian/ }),
    );
    expect(store.getState().playback.status).toBe('loading');
    expect(rows()[10]).toHaveAttribute('aria-current', 'true');
    expect(rows()[0]).not.toHaveAttribute('aria-current');
  });

  it('flags a track whose clip failed', () => {
    const { store } = renderWithStore();
    act(() => store.getState().clipFailed('j04', 'the clip is missing'));
    expect(screen.getAllByRole('listitem')[3]).toHaveTextContent('unavailable');
    expect(
      screen.getByRole('button', { name: /^Dearest by Buddy Holly, .*unavailable$/ }),
    ).toBeInTheDocument();
  });

  it('says plainly that the clips are stand-ins', () => {
    renderWithStore();
    expect(screen.getByRole('complementary', { name: 'About these clips' })).toHaveTextContent(
      /stand-in clips, not the real recordings/,
    );
  });

  it('handles an empty side and an empty tape', () => {
    renderWithStore(undefined, makeTape(2, 2));
    expect(screen.getByText('Nothing on side B yet.')).toBeInTheDocument();
  });
});
