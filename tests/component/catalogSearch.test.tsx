// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Catalogs } from '../../src/catalog/catalogs';
import type { CatalogProvider, CatalogResult, CatalogTrack } from '../../src/catalog/provider';
import { CatalogSearch } from '../../src/components/catalog/CatalogSearch';
import { CatalogsProvider } from '../../src/components/catalog/CatalogsContext';
import FindRealPreviews from '../../src/components/catalog/FindRealPreviews';
import { Announcer } from '../../src/components/tracklist/announcer';
import { renderWithStore } from '../support/renderApp';

const catPower: CatalogTrack = {
  provider: 'itunes',
  catalogId: '205683774',
  title: 'Sea of Love',
  artist: 'Cat Power',
  album: 'The Covers Record',
  durationSeconds: 139,
  previewUrl: 'https://audio-ssl.itunes.apple.com/a/mzaf_1.plus.aac.p.m4a',
  format: 'm4a',
  storeUrl: 'https://music.apple.com/us/album/sea-of-love/205683597?i=205683774',
};

function fakeCatalogs(answer: (term: string) => CatalogResult<CatalogTrack[]>) {
  const terms: string[] = [];
  const provider = (id: 'itunes' | 'deezer', name: string): CatalogProvider => ({
    id,
    name,
    search: async (term) => {
      terms.push(`${id}:${term}`);
      return answer(term);
    },
    lookup: async () => ({ found: [], missing: [], failed: [] }),
  });
  const all = [provider('itunes', 'iTunes'), provider('deezer', 'Deezer')];
  const catalogs: Catalogs = {
    all,
    get: (name) => all.find((p) => p.id === name) ?? all[0] ?? provider('itunes', 'iTunes'),
  };
  return { catalogs, terms };
}

const withCatalogs = (catalogs: Catalogs, ui: React.ReactElement) => (
  <Announcer>
    <CatalogsProvider catalogs={catalogs}>{ui}</CatalogsProvider>
  </Announcer>
);

describe('Search songs', () => {
  it('searches for text that arrives by setting the value (dictation, autofill), not only by keys', async () => {
    const { catalogs, terms } = fakeCatalogs(() => ({ ok: true, value: [catPower] }));
    renderWithStore(withCatalogs(catalogs, <CatalogSearch />));
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search songs' });
    // Through the value property, as WebDriver BiDi's typing and many autofill tools do: React's
    // onChange would see nothing new here and stay silent.
    box.value = 'Sea of Love';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await screen.findByRole('list', { name: 'Songs from iTunes' });
    expect(terms).toEqual(['itunes:Sea of Love']);
  });

  it('shows title, artist, album, length and the store link; Preview asks the engine; Add puts it on the tape', async () => {
    const { catalogs } = fakeCatalogs(() => ({ ok: true, value: [catPower] }));
    const { user, store } = renderWithStore(withCatalogs(catalogs, <CatalogSearch />));
    await user.type(screen.getByRole('searchbox', { name: 'Search songs' }), 'Sea of Love');
    const list = await screen.findByRole('list', { name: 'Songs from iTunes' });
    const row = within(list).getByRole('listitem');
    expect(row).toHaveTextContent('Sea of Love');
    expect(row).toHaveTextContent('Cat Power · The Covers Record · 2:19');
    expect(within(row).getByRole('link', { name: /Sea of Love on Apple Music/ })).toHaveAttribute(
      'href',
      catPower.storeUrl,
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 song for “Sea of Love”.');

    await user.click(within(row).getByRole('button', { name: 'Preview Sea of Love by Cat Power' }));
    expect(store.getState().audition.request?.track).toMatchObject({
      previewUrl: catPower.previewUrl,
      format: 'm4a',
    });
    expect(within(row).getByRole('button', { name: 'Preview Sea of Love by Cat Power' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(row).getByRole('button', { name: 'Add to tape: Sea of Love by Cat Power' }));
    expect(store.getState().tape.tracks.at(-1)).toMatchObject({
      songId: 'itunes:205683774',
      source: 'catalog',
      storeUrl: catPower.storeUrl,
    });
  });

  it('asks before adding a catalog song that is already on the tape', async () => {
    const { catalogs } = fakeCatalogs(() => ({ ok: true, value: [catPower] }));
    const { user, store } = renderWithStore(withCatalogs(catalogs, <CatalogSearch />));
    await user.type(screen.getByRole('searchbox', { name: 'Search songs' }), 'Sea of Love{Enter}');
    const list = await screen.findByRole('list', { name: 'Songs from iTunes' });
    const add = within(list).getByRole('button', {
      name: /^(Add to tape|Add again): Sea of Love by Cat Power$/,
    });
    await user.click(add);
    const count = store.getState().tape.tracks.length;
    await user.click(add);
    const question = screen.getByRole('alertdialog', { name: '“Sea of Love” is already on this tape.' });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().tape.tracks).toHaveLength(count);
    expect(add).toHaveFocus();
  });

  it('says when nothing is found, and shows the catalog’s own message when it fails', async () => {
    let fail = false;
    const { catalogs } = fakeCatalogs(() =>
      fail
        ? { ok: false, error: { kind: 'rate-limited', message: 'The iTunes catalog is busy.' } }
        : { ok: true, value: [] },
    );
    const { user } = renderWithStore(withCatalogs(catalogs, <CatalogSearch />));
    const box = screen.getByRole('searchbox', { name: 'Search songs' });
    await user.type(box, 'zzzz{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('No songs with a preview found for “zzzz”.'),
    );
    fail = true;
    await user.click(box);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('The iTunes catalog is busy.'));
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('asks the other catalog the same question when it is picked', async () => {
    const { catalogs, terms } = fakeCatalogs(() => ({ ok: true, value: [catPower] }));
    const { user } = renderWithStore(withCatalogs(catalogs, <CatalogSearch />));
    await user.type(screen.getByRole('searchbox', { name: 'Search songs' }), 'Sea of Love{Enter}');
    await screen.findByRole('list', { name: 'Songs from iTunes' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Catalog' }), 'Deezer');
    await screen.findByRole('list', { name: 'Songs from Deezer' });
    expect(terms.at(-1)).toBe('deezer:Sea of Love');
  });
});

describe('Find real previews', () => {
  it('shows each match for confirmation and keeps the stand-in where the catalog has none', async () => {
    const { catalogs } = fakeCatalogs((term) =>
      term.includes('cat power') ? { ok: true, value: [catPower] } : { ok: true, value: [] },
    );
    const { user, store } = renderWithStore(withCatalogs(catalogs, <FindRealPreviews onClose={() => {}} />));
    const region = screen.getByRole('region', { name: 'Find real previews' });
    await waitFor(() =>
      expect(within(region).getByRole('status')).toHaveTextContent(
        '1 match to confirm; 18 without a match keep their stand-in.',
      ),
    );
    expect(within(region).getAllByText('No match in the catalog: keeps its stand-in.')).toHaveLength(18);
    await user.click(
      within(region).getByRole('button', { name: 'Use this: Sea of Love by Cat Power, for Sea of Love' }),
    );
    const sea = store.getState().tape.tracks.find((t) => t.title === 'Sea of Love');
    expect(sea).toMatchObject({ source: 'catalog', songId: 'itunes:205683774' });
    expect(store.getState().tape.tracks.filter((t) => t.source === 'stand-in')).toHaveLength(18);
    expect(within(region).getByText('Now plays the real preview.')).toBeInTheDocument();
  });
});
