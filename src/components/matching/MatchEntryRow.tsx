import { candidatesOf } from '../../catalog/matchJob';
import { type MatchConfidence, noMatchText, type SongMatchResult } from '../../catalog/matchSong';
import type { WantedSong } from '../../catalog/wantedSong';
import { CatalogSong } from '../catalog/CatalogSong';

const CONFIDENCE: Record<MatchConfidence, string> = {
  isrc: 'Same recording (found by its ISRC)',
  high: 'Confident match',
  low: 'Possible match: listen first',
};

function verdict(result: SongMatchResult | null, catalog: string): string {
  if (!result) return 'Not looked up yet.';
  if (result.kind === 'found') return `${CONFIDENCE[result.best.confidence]}.`;
  return `No match: ${noMatchText(result, catalog)}.`;
}

const NONE = 'none';

/**
 * One entry of the review: the song the playlist names, what the catalog offered (the chosen candidate,
 * else the best, with cover, length and Preview), how sure the match is in words, and a choice among the
 * candidates or none (the entry then goes on the tape awaiting a preview).
 */
export function MatchEntryRow({
  entry,
  result,
  chosen,
  catalog,
  onChoose,
}: {
  entry: WantedSong;
  result: SongMatchResult | null;
  chosen: number | null;
  catalog: string;
  onChoose: (choice: number | null) => void;
}) {
  const candidates = candidatesOf(result);
  const shown = candidates[chosen ?? 0];
  return (
    <li className="match-row" data-state={result?.kind ?? 'waiting'}>
      <p className="match-wanted">
        <span className="track-title">{entry.title}</span>{' '}
        <span className="track-artist">{entry.artist}</span>
      </p>
      <p className="hint">{verdict(result, catalog)}</p>
      {shown ? <CatalogSong song={shown.song} /> : null}
      {candidates.length > 0 ? (
        <label className="match-choice">
          Use for “{entry.title}”{' '}
          <select
            value={chosen === null ? NONE : String(chosen)}
            onChange={(e) => onChoose(e.target.value === NONE ? null : Number(e.target.value))}
          >
            <option value={NONE}>Nothing yet: keep it awaiting a preview</option>
            {candidates.map((c, i) => (
              <option key={`${c.song.provider}:${c.song.catalogId}`} value={String(i)}>
                {c.song.title} – {c.song.artist} ({CONFIDENCE[c.confidence].toLowerCase()})
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </li>
  );
}
