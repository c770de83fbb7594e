// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Catalogs } from '../../src/catalog/catalogs';
import type { CatalogProvider } from '../../src/catalog/provider';
import { PasteSongs } from '../../src/components/addTracks/PasteSongs';
import { CatalogsProvider } from '../../src/components/catalog/CatalogsContext';
import MatchReview from '../../src/components/matching/MatchReview';
import { fixtureCatalogs } from '../support/matchCatalogs';
import { renderWithStore } from '../support/renderApp';

/** From the labelled fixture: found by ISRC, a studio take beside a live one, and a song Deezer lacks. */
const ENTRIES = [
  { title: 'Paper Lanterns', artist: 'Marigold Avenue', seconds: 180, isrc: 'GBXYZ2400000' },
  { title: 'Sleeper Car', artist: 'The Overnight Club', seconds: 187 },
  { title: 'Quarry Lake Blues', artist: 'Ada Finch Trio' },
];

function renderReview(deezer: CatalogProvider = fixtureCatalogs().deezer) {
  const catalogs: Catalogs = { all: [deezer], get: () => deezer };
  const view = renderWithStore(
    <CatalogsProvider catalogs={catalogs}>
      <MatchReview />
    </CatalogsProvider>,
  );
  view.store.getState().startMatchJob('From Spotify', ENTRIES, 'deezer');
  return view;
}

describe('the match review', () => {
  it('shows progress, then every entry with its match, its confidence in words, and No match with the reason', async () => {
    renderReview();
    const region = await screen.findByRole('region', { name: 'Match “From Spotify”' });
    const bar = within(region).getByRole('progressbar', { name: 'Songs looked up' });
    expect(bar.getAttribute('aria-valuemax')).toBe('3');
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('3'));
    expect(within(region).getByRole('status').textContent).toBe('3 of 3 looked up.');
    const rows = within(within(region).getByRole('list', { name: 'Songs to match' })).getAllByRole(
      'listitem',
    );
    expect(rows[0]?.textContent).toContain('Same recording (found by its ISRC).');
    expect(rows[1]?.textContent).toContain('Confident match.');
    // The studio recording is offered, not the live one the catalog lists first.
    expect(
      within(rows[1] as HTMLElement).getByRole('button', { name: /^Preview Sleeper Car\b/ }),
    ).toBeTruthy();
    expect(rows[2]?.textContent).toContain('No match: only weak matches in the Deezer catalog.');
    const pick = within(rows[1] as HTMLElement).getByRole('combobox', { name: 'Use for “Sleeper Car”' });
    expect(
      within(pick)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('Sleeper Car (Live at the Roundhouse) – The Overnight Club (possible match: listen first)');
  });

  it('"Use all confident matches" then "Make tape": matches as catalog tracks, the rest awaiting a preview, in order', async () => {
    const { store, user } = renderReview();
    const region = await screen.findByRole('region', { name: 'Match “From Spotify”' });
    await waitFor(() => expect(within(region).getByRole('status').textContent).toBe('3 of 3 looked up.'));
    await user.click(within(region).getByRole('button', { name: 'Use all confident matches (2)' }));
    expect(
      (within(region).getByRole('combobox', { name: 'Use for “Sleeper Car”' }) as HTMLSelectElement).value,
    ).toBe('0');
    await user.click(within(region).getByRole('button', { name: 'Make tape' }));
    const { tape, matchJob } = store.getState();
    expect(matchJob).toBeNull();
    expect(tape.title).toBe('From Spotify');
    expect(tape.tracks.map((t) => [t.title, t.source])).toEqual([
      ['Paper Lanterns', 'catalog'],
      ['Sleeper Car', 'catalog'],
      ['Quarry Lake Blues', 'wanted'],
    ]);
  });

  it('Cancel keeps the matches made; Resume matching finishes the rest', async () => {
    let release: (() => void) | undefined;
    const { deezer } = fixtureCatalogs();
    // The second search waits until released, so Cancel lands mid-run.
    let searches = 0;
    const held: CatalogProvider = {
      ...deezer,
      search: async (term, options) => {
        searches += 1;
        if (searches === 2) await new Promise<void>((r) => (release = r));
        return deezer.search(term, options);
      },
    };
    const { store, user } = renderReview(held);
    const region = await screen.findByRole('region', { name: 'Match “From Spotify”' });
    await waitFor(() => expect(release).toBeDefined());
    const bar = within(region).getByRole('progressbar', { name: 'Songs looked up' });
    await waitFor(() => expect(bar.getAttribute('aria-valuetext')).toMatch(/^2 of 3 · /));
    // The live region says the run, not every song of it.
    expect(within(region).getByRole('status').textContent).toBe('Looking up 3 songs in the Deezer catalog.');
    await user.click(within(region).getByRole('button', { name: 'Cancel' }));
    release?.();
    expect(within(region).getByRole('status').textContent).toBe('2 of 3 · paused.');
    expect(store.getState().matchJob?.results.filter(Boolean)).toHaveLength(2);
    await user.click(within(region).getByRole('button', { name: 'Resume matching' }));
    await waitFor(() => expect(within(region).getByRole('status').textContent).toBe('3 of 3 looked up.'));
  });
});

describe('a song one catalog lacks', () => {
  it('is looked up in the other catalog on request; the matches and choices made stay as they were', async () => {
    const { deezer, itunes } = fixtureCatalogs();
    const blues = {
      provider: 'itunes' as const,
      catalogId: '1440811777',
      title: 'Quarry Lake Blues',
      artist: 'Ada Finch Trio',
      durationSeconds: 201,
      previewUrl: 'https://audio-ssl.itunes.apple.com/itunes-assets/AudioPreview/quarry.m4a',
      format: 'm4a' as const,
    };
    const searched: string[] = [];
    const withBlues: CatalogProvider = {
      ...itunes,
      search: async (term, options) => {
        searched.push(term);
        return /quarry lake blues/i.test(term) ? { ok: true, value: [blues] } : itunes.search(term, options);
      },
    };
    const catalogs: Catalogs = {
      all: [deezer, withBlues],
      get: (id) => (id === 'itunes' ? withBlues : deezer),
    };
    const { store, user } = renderWithStore(
      <CatalogsProvider catalogs={catalogs}>
        <MatchReview />
      </CatalogsProvider>,
    );
    store.getState().startMatchJob('From Spotify', ENTRIES, 'deezer');
    const region = await screen.findByRole('region', { name: 'Match “From Spotify”' });
    await waitFor(() => expect(within(region).getByRole('status').textContent).toBe('3 of 3 looked up.'));
    expect(searched).toEqual([]);
    const before = store.getState().matchJob;
    await user.click(
      within(region).getByRole('button', { name: 'Look up the 1 song without a match in iTunes' }),
    );
    await waitFor(() => expect(within(region).getByRole('status').textContent).toBe('3 of 3 looked up.'));
    // Only the song Deezer lacked was asked about, and iTunes found it.
    expect(searched).toHaveLength(1);
    const job = store.getState().matchJob;
    expect(job?.results.slice(0, 2)).toEqual(before?.results.slice(0, 2));
    expect(job?.results[2]).toMatchObject({ kind: 'found', best: { song: blues } });
    expect(within(region).queryByRole('button', { name: /without a match in/ })).toBeNull();
    expect(region.textContent).toContain(
      'Each song was looked up in the Deezer catalog, those without a match in iTunes.',
    );
    await user.click(within(region).getByRole('button', { name: 'Use all confident matches (3)' }));
    await user.click(within(region).getByRole('button', { name: 'Make tape' }));
    expect(store.getState().tape.tracks.map((t) => [t.title, t.songId.split(':')[0]])).toEqual([
      ['Paper Lanterns', 'deezer'],
      ['Sleeper Car', 'deezer'],
      ['Quarry Lake Blues', 'itunes'],
    ]);
  });
});

describe('Paste a list of songs', () => {
  it('starts matching the pasted songs, and says what is wrong with a list that names none, keeping its text', async () => {
    const { store, user } = renderWithStore(<PasteSongs />);
    const form = screen.getByRole('form', { name: 'Paste a list of songs' });
    const box = within(form).getByRole('textbox', { name: /^One “Artist – Title” per line/ });
    await user.type(box, 'just words');
    await user.click(within(form).getByRole('button', { name: 'Match songs' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/No line here names a song/);
    expect((box as HTMLTextAreaElement).value).toBe('just words');
    expect(store.getState().matchJob).toBeNull();
    await user.clear(box);
    await user.type(box, 'Marigold Avenue – Paper Lanterns{Enter}Ada Finch - Quarry Lake');
    await user.click(within(form).getByRole('button', { name: 'Match songs' }));
    await waitFor(() => expect(store.getState().matchJob).not.toBeNull());
    expect(store.getState().matchJob?.entries.map((e) => [e.artist, e.title])).toEqual([
      ['Marigold Avenue', 'Paper Lanterns'],
      ['Ada Finch', 'Quarry Lake'],
    ]);
  });
});
