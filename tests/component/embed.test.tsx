// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmbedCode } from '../../src/components/share/EmbedCode';
import { EmbedPlayer, EmbedProblem } from '../../src/embed/EmbedPlayer';
import { embedCode } from '../../src/share/embedCode';
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

describe('Embed in the share panel', () => {
  it('gives the iframe code for either size, with a live preview of that frame', async () => {
    const { user } = renderWithStore(<EmbedCode url="https://mixtape.example/#1abc" title="For Bleeker" />);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const code = screen.getByRole('textbox', { name: 'Embed code' });
    expect(code).toHaveValue(
      '<iframe title="For Bleeker — a tape on Mixtape" src="https://mixtape.example/embed.html#1abc" width="100%" height="250" loading="lazy" allow="autoplay" style="border:0;max-width:720px"></iframe>',
    );
    const preview = screen.getByTitle('Preview: For Bleeker — a tape on Mixtape');
    expect(preview).toHaveAttribute('src', 'https://mixtape.example/embed.html#1abc');
    await user.click(screen.getByRole('radio', { name: /^With tracklist/ }));
    expect((code as HTMLTextAreaElement).value).toContain(
      'src="https://mixtape.example/embed.html?tracklist=open#1abc"',
    );
    expect((code as HTMLTextAreaElement).value).toContain('height="480"');
    expect(preview).toHaveAttribute('height', '480');
    expect(screen.getByRole('button', { name: 'Copy embed code' })).toBeInTheDocument();
  });

  it('escapes a title that would break out of the attribute', () => {
    expect(embedCode('https://m.example/#1a', 'Say "hi" <3 & bye', 'compact')).toContain(
      'title="Say &quot;hi&quot; &lt;3 &amp; bye — a tape on Mixtape"',
    );
  });
});
