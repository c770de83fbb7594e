import type { MatchOutcome } from '../../catalog/findMatches';
import type { Track } from '../../model/track';
import { CatalogSong } from './CatalogSong';

type Found = Extract<MatchOutcome, { kind: 'found' }>;

export type RowState =
  | { readonly kind: 'searching' | 'waiting' | 'used' | 'kept' | 'none' }
  | Found
  | Extract<MatchOutcome, { kind: 'failed' }>;

/** What a track left as it is keeps: its stand-in clip, or, for a song awaiting a preview, its wait. */
const keeps = (track: Track) => (track.source === 'wanted' ? 'still awaits a preview' : 'keeps its stand-in');

function verdict(state: RowState, track: Track): string {
  switch (state.kind) {
    case 'searching':
      return 'Looking up…';
    case 'waiting':
      return 'Not looked up yet.';
    case 'used':
      return 'Now plays the real preview.';
    case 'kept':
      return `${keeps(track).replace(/^./, (c) => c.toUpperCase())}.`;
    case 'none':
      return `No match in the catalog: ${keeps(track)}.`;
    case 'failed':
      return `Couldn’t look it up: ${state.error.message}`;
    case 'found':
      return 'Match found:';
  }
}

const keepLabel = (track: Track) => (track.source === 'wanted' ? 'Not this one' : 'Keep stand-in');

/** One stand-in track (or song awaiting a preview), and the catalog song offered in its place. */
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
      <p className="hint">{verdict(state, track)}</p>
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
                aria-label={`${keepLabel(track)} for ${track.title}`}
                onClick={onKeep}
              >
                {keepLabel(track)}
              </button>
            </>
          }
        />
      ) : null}
    </li>
  );
}
