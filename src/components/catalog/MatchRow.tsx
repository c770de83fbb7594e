import type { MatchOutcome } from '../../catalog/findMatches';
import type { Track } from '../../model/track';
import { CatalogSong } from './CatalogSong';

type Found = Extract<MatchOutcome, { kind: 'found' }>;

export type RowState =
  | { readonly kind: 'searching' | 'waiting' | 'used' | 'kept' | 'none' }
  | Found
  | Extract<MatchOutcome, { kind: 'failed' }>;

function verdict(state: RowState): string {
  switch (state.kind) {
    case 'searching':
      return 'Looking up…';
    case 'waiting':
      return 'Not looked up yet.';
    case 'used':
      return 'Now plays the real preview.';
    case 'kept':
      return 'Keeps its stand-in.';
    case 'none':
      return 'No match in the catalog: keeps its stand-in.';
    case 'failed':
      return `Couldn’t look it up: ${state.error.message}`;
    case 'found':
      return 'Match found:';
  }
}

/** One stand-in track, and the catalog song offered in its place. */
export function MatchRow({
  track,
  state,
  onUse,
  onKeep,
}: {
  track: Track;
  state: RowState;
  onUse: (found: Found) => void;
  onKeep: () => void;
}) {
  return (
    <li className="match-row" data-state={state.kind}>
      <p className="match-wanted">
        <span className="track-title">{track.title}</span>{' '}
        <span className="track-artist">{track.artist}</span>
      </p>
      <p className="hint">{verdict(state)}</p>
      {state.kind === 'found' ? (
        <CatalogSong
          song={state.song}
          actions={
            <>
              <button
                type="button"
                className="chip chip-accent"
                aria-label={`Use this: ${state.song.title} by ${state.song.artist}, for ${track.title}`}
                onClick={() => onUse(state)}
              >
                Use this
              </button>
              <button
                type="button"
                className="chip"
                aria-label={`Keep stand-in for ${track.title}`}
                onClick={onKeep}
              >
                Keep stand-in
              </button>
            </>
          }
        />
      ) : null}
    </li>
  );
}
