import { useEffect, useRef } from 'react';
import {
  chooseCandidate,
  chooseConfident,
  doneCount,
  lookUpUnmatchedIn,
  unmatchedOf,
} from '../../catalog/matchJob';
import { estimateLeftMs, requestsFor, timeLeftText } from '../../catalog/matchRun';
import { DEEZER_LIMIT, ITUNES_LIMIT } from '../../catalog/rateLimit';
import { useMixtape, useMixtapeStore } from '../../store/StoreContext';
import { MatchEntryRow } from './MatchEntryRow';
import { makeTapeFromJob } from './makeTape';
import { useMatchRunner } from './useMatchRunner';

const NAMES = { itunes: 'iTunes', deezer: 'Deezer' } as const;

/**
 * The review of a playlist being matched to catalog previews (issue 14): progress with the time left and
 * Cancel while it runs, Resume or Discard once stopped, every entry with its match, and "Use all confident
 * matches" and "Make tape". Loaded only when there is a job (lazyPart).
 */
export default function MatchReview() {
  const job = useMixtape((s) => s.matchJob);
  const update = useMixtape((s) => s.updateMatchJob);
  const store = useMixtapeStore();
  const discard = useMixtape((s) => s.endMatchJob);
  const clock = useMatchRunner();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  if (!job) return null;

  const total = job.entries.length;
  const done = doneCount(job);
  const catalog = NAMES[job.catalog];
  const limit = job.catalog === 'deezer' ? DEEZER_LIMIT : ITUNES_LIMIT;
  const left = job.entries.filter((_, i) => job.results[i] === null);
  const requestsLeft = left.reduce((n, e) => n + requestsFor(e, job.catalog === 'deezer'), 0);
  const run = clock.current ?? { startedAt: Date.now(), doneInRun: 0 };
  const leftMs = estimateLeftMs({ ...run, entriesLeft: left.length }, requestsLeft, limit, Date.now());
  const confident = job.results.filter((r) => r?.kind === 'found' && r.best.confidence !== 'low').length;
  // A song one catalog lacks may be in the other: its unmatched entries can be asked there next.
  const other = job.catalog === 'deezer' ? 'itunes' : 'deezer';
  const unmatched = unmatchedOf(job).length;
  // Asked in the other catalog already: matches from the first one stay for the whole run, so this holds still.
  const first = job.results.find((r) => r?.kind === 'found' && r.best.song.provider !== job.catalog);
  const firstName = first?.kind === 'found' ? NAMES[first.best.song.provider] : undefined;
  const id = job.id;
  const progress =
    job.status === 'running'
      ? `${done} of ${total} · ${timeLeftText(leftMs)}`
      : job.status === 'done'
        ? `${done} of ${total} looked up.`
        : `${done} of ${total} · paused${job.stopped ? `: ${job.stopped}` : '.'}`;

  return (
    <section className="panel real-previews match-review" aria-labelledby="match-review-heading">
      <div className="panel-head">
        <h3 id="match-review-heading" ref={headingRef} tabIndex={-1}>
          Match “{job.title}”
        </h3>
      </div>
      <p className="hint">
        {firstName
          ? `Each song was looked up in the ${firstName} catalog, those without a match in ${catalog}.`
          : `Each song is looked up in the ${catalog} catalog.`}{' '}
        Listen, pick, then make the tape: songs without a match stay on it as named tracks awaiting a preview.
      </p>
      <div
        role="progressbar"
        className="match-progress"
        aria-label="Songs looked up"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={progress}
        style={{ ['--done' as string]: total ? done / total : 1 }}
      />
      <p className="hint">{progress}</p>
      {/* Said when the run starts, stops or ends, not at every song: 200 songs would be 200 interruptions.
          The bar's value text holds the count for anyone who asks. */}
      <p className="visually-hidden" role="status">
        {job.status !== 'running'
          ? progress
          : firstName
            ? `Looking up the songs without a match in the ${catalog} catalog.`
            : `Looking up ${total} songs in the ${catalog} catalog.`}
      </p>
      <div className="real-previews-bar">
        {job.status === 'running' ? (
          <button
            type="button"
            className="chip"
            onClick={() => update(id, (j) => ({ ...j, status: 'paused' }))}
          >
            Cancel
          </button>
        ) : null}
        {job.status === 'paused' ? (
          <>
            <button
              type="button"
              className="chip chip-accent"
              onClick={() => update(id, ({ stopped: _was, ...j }) => ({ ...j, status: 'running' }))}
            >
              Resume matching
            </button>
            <button type="button" className="chip" onClick={discard}>
              Discard
            </button>
          </>
        ) : null}
        {job.status !== 'running' && unmatched > 0 ? (
          <button
            type="button"
            className="chip"
            onClick={() => update(id, (j) => lookUpUnmatchedIn(j, other))}
          >
            Look up {unmatched === 1 ? 'the 1 song' : `the ${unmatched} songs`} without a match in{' '}
            {NAMES[other]}
          </button>
        ) : null}
        <button
          type="button"
          className="chip"
          disabled={confident === 0}
          onClick={() => update(id, chooseConfident)}
        >
          Use all confident matches ({confident})
        </button>
        <button type="button" className="chip chip-accent" onClick={() => makeTapeFromJob(store.getState())}>
          Make tape
        </button>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls; keyboard users reach it to scroll it. */}
      <ol className="match-list" tabIndex={0} aria-label="Songs to match">
        {job.entries.map((entry, i) => (
          <MatchEntryRow
            // biome-ignore lint/suspicious/noArrayIndexKey: entries never move; a playlist may name a song twice.
            key={i}
            entry={entry}
            result={job.results[i] ?? null}
            chosen={job.chosen[i] ?? null}
            catalog={catalog}
            onChoose={(choice) => update(id, (j) => chooseCandidate(j, i, choice))}
          />
        ))}
      </ol>
    </section>
  );
}
