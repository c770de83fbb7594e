import { useCallback, useEffect, useRef, useState } from 'react';
import { trackFromCatalog } from '../../catalog/catalogTrack';
import { findMatches, type MatchOutcome } from '../../catalog/findMatches';
import type { CatalogError } from '../../catalog/provider';
import { useEscape } from '../../hooks/useEscape';
import type { CatalogName, Track } from '../../model/track';
import { useMixtape } from '../../store/StoreContext';
import { useAnnounce } from '../tracklist/announcer';
import { CatalogPicker } from './CatalogPicker';
import { useCatalogs } from './CatalogsContext';
import { MatchRow, type RowState } from './MatchRow';

/** Stand-in clips, and songs a playlist named that still await a preview. */
const awaitsPreview = (t: Track) => t.source === 'stand-in' || t.source === 'wanted';

/**
 * "Find real previews": each stand-in clip on the tape is looked up by artist and title, and every
 * match is shown to be heard and confirmed before it takes the stand-in's place. Nothing is swapped
 * without a press; a track with no match keeps its stand-in.
 */
export default function FindRealPreviews({ onClose }: { onClose: () => void }) {
  const catalogs = useCatalogs();
  const [catalogName, setCatalogName] = useState<CatalogName>('itunes');
  const provider = catalogs.get(catalogName);
  const tape = useMixtape((s) => s.tape);
  const replaceTracks = useMixtape((s) => s.replaceTracks);
  const announce = useAnnounce();
  // The tracks asked about are the stand-ins present when the panel opened (or the catalog changed).
  const [asked, setAsked] = useState<readonly Track[]>(() => tape.tracks.filter(awaitsPreview));
  const [rows, setRows] = useState<ReadonlyMap<string, RowState>>(new Map());
  const [stopped, setStopped] = useState<CatalogError | null>(null);
  const [running, setRunning] = useState(false);
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEscape(panelRef, onClose);
  useEffect(() => headingRef.current?.focus(), []);

  const run = useCallback(
    (tracks: readonly Track[], signal: AbortSignal) => {
      setStopped(null);
      setRunning(true);
      setRows((was) => {
        const next = new Map(was);
        for (const t of tracks) next.set(t.id, { kind: 'searching' });
        return next;
      });
      const onOutcome = (outcome: MatchOutcome) =>
        setRows((was) => new Map(was).set(outcome.entryId, outcome));
      void findMatches(tracks, provider, onOutcome, signal).then(({ stopped: why }) => {
        if (signal.aborted) return;
        setRunning(false);
        setStopped(why);
        if (why)
          setRows((was) => {
            const next = new Map(was);
            for (const [id, row] of was) if (row.kind === 'searching') next.set(id, { kind: 'waiting' });
            return next;
          });
        else announce('Finished looking up real previews.');
      });
    },
    [provider, announce],
  );

  // One run at a time, each with its own controller: a new run (Continue), another catalog or closing
  // the panel aborts the one before, so no late answer lands in rows it was not asked for.
  const current = useRef<AbortController | null>(null);
  const start = useCallback(
    (tracks: readonly Track[]) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      run(tracks, controller.signal);
    },
    [run],
  );

  useEffect(() => {
    setRows(new Map());
    start(asked);
    return () => current.current?.abort();
  }, [asked, start]);

  const continueRun = () => start(asked.filter((t) => rows.get(t.id)?.kind === 'waiting'));

  const use = (entries: readonly [string, Extract<RowState, { kind: 'found' }>][]) => {
    if (entries.length === 0) return;
    replaceTracks(new Map(entries.map(([id, row]) => [id, trackFromCatalog(row.song)])));
    setRows((was) => {
      const next = new Map(was);
      for (const [id] of entries) next.set(id, { kind: 'used' });
      return next;
    });
    announce(
      entries.length === 1
        ? `Now using the real preview of ${entries[0]?.[1].song.title}.`
        : `Now using ${entries.length} real previews.`,
    );
  };

  const found = [...rows].filter(
    (e): e is [string, Extract<RowState, { kind: 'found' }>] => e[1].kind === 'found',
  );
  const counts = { found: found.length, none: [...rows.values()].filter((r) => r.kind === 'none').length };

  return (
    <section
      id="real-previews"
      ref={panelRef}
      className="panel real-previews"
      aria-labelledby="real-previews-heading"
    >
      <div className="panel-head">
        <h3 id="real-previews-heading" ref={headingRef} tabIndex={-1}>
          Find real previews
        </h3>
        <button type="button" className="chip" onClick={onClose}>
          Done
        </button>
      </div>
      <p className="hint">
        Each stand-in clip is looked up by artist and title in the {provider.name} catalog. Listen to each
        match, then use the ones that are right; anything without a match keeps its stand-in. Undo puts
        stand-ins back.
      </p>
      <div className="real-previews-bar">
        <CatalogPicker
          catalogs={catalogs}
          value={catalogName}
          onChange={(name) => {
            setCatalogName(name);
            setAsked(tape.tracks.filter(awaitsPreview));
          }}
        />
        <button
          type="button"
          className="chip chip-accent"
          disabled={found.length === 0}
          onClick={() => use(found)}
        >
          Use all {found.length} {found.length === 1 ? 'match' : 'matches'}
        </button>
      </div>
      <p className={stopped ? 'field-error' : 'hint'} role="status" aria-live="polite">
        {asked.length === 0
          ? 'This tape has no stand-in clips left to look up.'
          : stopped
            ? `Stopped: ${stopped.message}`
            : running
              ? `Looking up ${asked.length} tracks in ${provider.name}…`
              : `${counts.found} ${counts.found === 1 ? 'match' : 'matches'} to confirm; ${counts.none} without a match keep their stand-in.`}
        {stopped && stopped.kind !== 'offline' ? (
          <>
            {' '}
            <button type="button" className="chip" onClick={continueRun}>
              Continue
            </button>
          </>
        ) : null}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls, and while its rows search it holds
          nothing focusable, so keyboard users reach the list itself to scroll it (axe's scrollable-region-focusable). */}
      <ol className="match-list" tabIndex={0} aria-label="Tracks looked up">
        {asked.map((track) => (
          <MatchRow
            key={track.id}
            track={track}
            state={rows.get(track.id) ?? { kind: 'searching' }}
            onUse={(row) => use([[track.id, row]])}
            onKeep={() => setRows((was) => new Map(was).set(track.id, { kind: 'kept' }))}
          />
        ))}
      </ol>
    </section>
  );
}
