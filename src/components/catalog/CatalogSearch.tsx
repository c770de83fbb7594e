import { useEffect, useId, useRef, useState } from 'react';
import { trackFromCatalog } from '../../catalog/catalogTrack';
import type { SearchStatus } from '../../catalog/searchController';
import type { CatalogName } from '../../model/track';
import { useCheckedAdd } from '../addTracks/useCheckedAdd';
import { useAnnounce } from '../tracklist/announcer';
import { CatalogPicker } from './CatalogPicker';
import { CatalogSong } from './CatalogSong';
import { useCatalogs } from './CatalogsContext';
import { useCatalogSearch } from './useCatalogSearch';

function statusText(status: SearchStatus): string {
  switch (status.kind) {
    case 'idle':
      return 'Type a song or an artist: 30-second previews from a public catalog.';
    case 'searching':
      return `Searching for “${status.term}”…`;
    case 'results':
      return status.songs.length === 0
        ? `No songs with a preview found for “${status.term}”.`
        : `${status.songs.length} ${status.songs.length === 1 ? 'song' : 'songs'} for “${status.term}”.`;
    case 'failed':
      return status.message;
  }
}

/** "Search songs": a public catalog's songs, heard as previews and added to the open tape. */
export function CatalogSearch() {
  const catalogs = useCatalogs();
  const [catalogName, setCatalogName] = useState<CatalogName>('itunes');
  const provider = catalogs.get(catalogName);
  const { status, controller } = useCatalogSearch(provider);
  const inputRef = useRef<HTMLInputElement>(null);
  const { add, questionAt } = useCheckedAdd();
  const announce = useAnnounce();
  const statusId = useId();
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  // Another catalog picked: ask it the same question at once.
  useEffect(() => {
    const term = inputRef.current?.value ?? '';
    if (term.trim()) controller.searchNow(term);
  }, [controller]);

  return (
    <div className="add-section catalog-search">
      <h4>Search songs</h4>
      <form
        className="search-row"
        onSubmit={(event) => {
          event.preventDefault();
          controller.searchNow(inputRef.current?.value ?? '');
        }}
      >
        <label className="search-field">
          Search songs
          <input
            ref={inputRef}
            type="search"
            name="term"
            autoComplete="off"
            placeholder="Sea of Love"
            aria-describedby={statusId}
            // onInput, not onChange: React's onChange drops an input event whose new value was set
            // through the value property (dictation, autofill extensions, WebDriver BiDi's typing);
            // the box is uncontrolled, so every input event is worth reading.
            onInput={(event) => controller.setTerm(event.currentTarget.value)}
          />
        </label>
        <CatalogPicker catalogs={catalogs} value={catalogName} onChange={setCatalogName} />
      </form>
      <p
        id={statusId}
        className={status.kind === 'failed' ? 'field-error' : 'hint'}
        role="status"
        aria-live="polite"
      >
        {statusText(status)}
        {status.kind === 'failed' && status.reason !== 'offline' ? (
          <>
            {' '}
            <button type="button" className="chip" onClick={() => controller.searchNow(status.term)}>
              Try again
            </button>
          </>
        ) : null}
      </p>
      {status.kind === 'results' && status.songs.length > 0 ? (
        <ul className="catalog-results" aria-label={`Songs from ${provider.name}`}>
          {status.songs.map((song) => {
            const key = `${song.provider}:${song.catalogId}`;
            return (
              <li key={key}>
                <CatalogSong
                  song={song}
                  actions={
                    <button
                      type="button"
                      className="chip chip-accent"
                      aria-label={`${added.has(key) ? 'Add again' : 'Add to tape'}: ${song.title} by ${song.artist}`}
                      onClick={() =>
                        add(
                          [trackFromCatalog(song)],
                          () => {
                            setAdded((was) => new Set(was).add(key));
                            announce(`Added ${song.title} to the tape.`);
                          },
                          key,
                        )
                      }
                    >
                      {added.has(key) ? 'Add again' : 'Add to tape'}
                    </button>
                  }
                />
                {questionAt(key)}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="hint">
        Previews come from {provider.name}, straight from your browser; nothing passes through a server of
        ours.
      </p>
    </div>
  );
}
