// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmbedPlayer, EmbedProblem } from '../../src/embed/EmbedPlayer';
import { renderWithStore } from '../support/renderApp';
import { makeTape } from '../support/tapes';

const APP = 'https://mixtape.example/#1abc';

describe('the embed player', () => {
  it('has its three keys, Seek, the tracklist behind a button and Open in Mixtape, each named', () => {
    renderWithStore(<EmbedPlayer appUrl={APP} tracklistOpen={false} />, makeTape(3));
    const transport = screen.getByRole('group', { name: 'Transport' });
    for (const name of ['Previous track', 'Play', 'Next track'])
      expect(within(transport).getByRole('button', { name })).toBeEnabled();
    expect(within(transport).getAllByRole('button')).toHaveLength(3);
    expect(screen.getByRole('slider', { name: 'Seek' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Cassette “/ })).toBeInTheDocument();
    const open = screen.getByRole('link', { name: 'Open in Mixtape (opens in a new tab)' });
    expect(open).toHaveAttribute('href', APP);
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener');
    // No editing here: no drag handles, no track menus, no shelf.
    expect(screen.queryByRole('button', { name: /^Reorder/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /shelf/i })).not.toBeInTheDocument();
  });

  it('shows and hides the tracklist, and a song pressed there plays', async () => {
    const { store, user } = renderWithStore(<EmbedPlayer appUrl={APP} tracklistOpen={false} />, makeTape(3));
    const toggle = screen.getByRole('button', { name: 'Tracklist · 3 songs' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Tracklist' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: 'Tracklist' });
    const songs = within(list).getAllByRole('button');
    expect(songs).toHaveLength(3);
    const third = songs[2];
    if (!third) throw new Error('no third song');
    await user.click(third);
    expect(store.getState().playback.status).toBe('loading');
    expect(third).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('Play and Pause go through the store', async () => {
    const { store, user } = renderWithStore(<EmbedPlayer appUrl={APP} tracklistOpen />, makeTape(2));
    expect(screen.getByRole('list', { name: 'Tracklist' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playback.status).toBe('loading');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playback.status).toBe('paused');
  });

  it('a link it cannot open is said plainly, with a way to the app', () => {
    renderWithStore(<EmbedProblem message="This link is damaged." appUrl="https://mixtape.example/" />);
    expect(screen.getByRole('heading', { name: 'This tape can’t be played here' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This link is damaged.');
    expect(screen.getByRole('link', { name: 'Open Mixtape (opens in a new tab)' })).toBeInTheDocument();
  });
});
