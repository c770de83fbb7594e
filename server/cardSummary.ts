import { sidesOf, type Tape } from '../src/model/tape';
import { cutTo } from '../src/model/text';
import { songSeconds } from '../src/model/track';
import { decodeTape } from '../src/share/codec';

/** What a card says about one tape: the words of the `og:` tags and of the picture alike. */
export interface CardSummary {
  /** The tape's title, or "Mixtape" on the generic card. */
  readonly title: string;
  /** One sentence: song count, running time, first artists, and the dedication when there is one. */
  readonly description: string;
  /** The subtitle when it reads as a dedication ("for Mia"), else undefined. */
  readonly dedication?: string;
  readonly colors: { readonly shell: string; readonly label: string };
  /** Songs on side A and side B. */
  readonly sides: readonly [number, number];
  /** The first few songs, "Title — Artist", for the picture. */
  readonly firstSongs: readonly string[];
  /** False on the generic card, given for a payload that did not open. */
  readonly isTape: boolean;
}

/** How many artists the description names, and how many songs the picture lists. */
const ARTISTS_NAMED = 3;
const SONGS_LISTED = 4;
/** Card text is cut here: a chat shows about this much, and a hostile title must not grow the page. */
const MAX_TEXT = 120;

export const GENERIC_CARD: CardSummary = {
  title: 'Mixtape',
  description: 'A cassette-style mixtape: open it to press play.',
  colors: { shell: '#2f2a26', label: '#f4e3b5' },
  sides: [0, 0],
  firstSongs: [],
  isTape: false,
};

/**
 * The card for a link's payload, decoded by the app's own codec (src/share/codec.ts) with the same
 * validation: anything that does not open as a tape (damaged, cut off, too long, a future version) gets
 * GENERIC_CARD, never an error. Text is returned raw; escaping is the caller's (headTags.ts, satori).
 */
export function cardSummary(payload: string): CardSummary {
  const result = decodeTape(payload);
  return result.ok ? summarise(result.tape) : GENERIC_CARD;
}

function summarise(tape: Tape): CardSummary {
  const [a, b] = sidesOf(tape);
  const count = tape.tracks.length;
  const seconds = tape.tracks.reduce((sum, t) => sum + (songSeconds(t) ?? t.clipSeconds), 0);
  const artists = [...new Set(tape.tracks.map((t) => t.artist.trim()).filter(Boolean))];
  const named = artists.slice(0, ARTISTS_NAMED).join(', ');
  const more = artists.length > ARTISTS_NAMED ? ' and more' : '';
  const dedication = /^for\s/i.test(tape.subtitle ?? '') ? cutTo(tape.subtitle ?? '', MAX_TEXT) : undefined;
  const parts = [
    `${count} ${count === 1 ? 'song' : 'songs'}`,
    ...(seconds > 0 ? [`${Math.max(1, Math.round(seconds / 60))} min`] : []),
    ...(named ? [`${named}${more}`] : []),
  ];
  return {
    title: cutTo(tape.title.trim() || GENERIC_CARD.title, MAX_TEXT),
    description: cutTo(`${parts.join(' · ')}${dedication ? ` — ${dedication}` : ''}.`, 2 * MAX_TEXT),
    ...(dedication === undefined ? {} : { dedication }),
    colors: tape.colors,
    sides: [a.tracks.length, b.tracks.length],
    firstSongs: tape.tracks
      .slice(0, SONGS_LISTED)
      .map((t) => cutTo(t.artist ? `${t.title} — ${t.artist}` : t.title, MAX_TEXT / 2)),
    isTape: true,
  };
}
