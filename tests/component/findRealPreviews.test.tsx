// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Catalogs } from '../../src/catalog/catalogs';
import type { CatalogProvider, CatalogResult, CatalogTrack } from '../../src/catalog/provider';
import { CatalogsProvider } from '../../src/components/catalog/CatalogsContext';
import FindRealPreviews from '../../src/components/catalog/FindRealPreviews';
import { Announcer } from '../../src/components/tracklist/announcer';
import { renderWithStore } from '../support/renderApp';

const busy: CatalogResult<CatalogTrack[]> = {
  ok: false,
  error: { kind: 'rate-limited', message: 'The iTunes catalog is busy.' },
};

/**
 * iTunes answers "busy" until `hold()`; from then on its answers wait until `release()`, and then
 * fail in words a row would show ("Late answer for …"). Deezer finds nothing.
 */
function heldCatalogs() {
  const asked: string[] = [];
  let holding = false;
  const held: Array<() => void> = [];
  const itunes: CatalogProvider = {
    id: 'itunes',
    name: 'iTunes',
    search: (term) => {
      asked.push(term);
      if (!holding) return Promise.resolve(busy);
      return new Promise((resolve) =>
        held.push(() =>
          resolve({ ok: false, error: { kind: 'unavailable', message: `Late answer for ${term}` } }),
        ),
      );
    },
    lookup: async () => ({ found: [], missing: [], failed: [] }),
  };
  const deezer: CatalogProvider = {
    ...itunes,
    id: 'deezer',
    name: 'Deezer',
    search: async () => ({ ok: true, value: [] }),
  };
  const catalogs: Catalogs = { all: [itunes, deezer], get: (name) => (name === 'deezer' ? deezer : itunes) };
  return {
    catalogs,
    asked,
    hold: () => {
      holding = true;
    },
    release: async () => {
      for (const answer of held.splice(0)) answer();
      // Each answer resolves in a microtask; a second round lets any worker ask its next question.
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

function Panel({ catalogs }: { catalogs: Catalogs }) {
  const [open, setOpen] = useState(true);
  return (
    <Announcer>
      <CatalogsProvider catalogs={catalogs}>
        {open ? <FindRealPreviews onClose={() => setOpen(false)} /> : <p>Closed</p>}
      </CatalogsProvider>
    </Announcer>
  );
}

/** Opens the panel, lets iTunes stop the run as busy, then presses Continue with its answers held. */
async function continueHeld() {
  const fake = heldCatalogs();
  const view = renderWithStore(<Panel catalogs={fake.catalogs} />);
  const region = screen.getByRole('region', { name: 'Find real previews' });
  await within(region).findByRole('button', { name: 'Continue' });
  fake.hold();
  const before = fake.asked.length;
  await view.user.click(within(region).getByRole('button', { name: 'Continue' }));
  await waitFor(() => expect(fake.asked.length).toBeGreaterThan(before));
  return { ...fake, ...view, region, before };
}

describe('Find real previews, continued after the catalog was busy', () => {
  it('closing the panel mid-run stops it: released answers ask nothing more and change no tape', async () => {
    const { user, region, asked, release, store } = await continueHeld();
    const inFlight = asked.length;
    const tape = store.getState().tape;
    await user.click(within(region).getByRole('button', { name: 'Done' }));
    await screen.findByText('Closed');
    await release();
    expect(asked).toHaveLength(inFlight);
    expect(store.getState().tape).toBe(tape);
  });

  it('switching catalog mid-run: the old catalog’s late answers never land in the new rows', async () => {
    const { user, region, release } = await continueHeld();
    await user.selectOptions(within(region).getByRole('combobox', { name: 'Catalog' }), 'Deezer');
    await waitFor(() =>
      expect(within(region).getByRole('status')).toHaveTextContent('0 matches to confirm; 19 without'),
    );
    // act renders whatever the released answers set before the rows are read.
    await act(release);
    expect(within(region).queryByText(/Late answer/)).toBeNull();
    expect(within(region).getByRole('status')).toHaveTextContent('0 matches to confirm; 19 without');
  });
});
