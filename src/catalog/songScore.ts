import { normalise } from './match';
import type { CatalogTrack } from './provider';

/** What a title says besides the song's name: "Live at Wembley", "Remastered 2011", "feat. X". */
interface TitleParts {
  /** The name alone, normalised (see normalise). */
  readonly name: string;
  /** Normalised words of every aside: brackets and " - …" suffixes. */
  readonly aside: string;
  /** Artists the title names as featured: "(feat. B)", "featuring B". */
  readonly featured: readonly string[];
}

// Not "with": "Stay With Me" is a name, not a credit.
const FEATURING = /\s*[([]?\s*\b(?:feat\.?|ft\.|featuring)\s+((?:(?!\s[-–—]\s)[^)\]])+)[)\]]?/i;
// Spotify writes versions as " - Remastered 2011"; iTunes and Deezer as "(Remastered 2011)".
const DASH_ASIDE = /\s+[-–—]\s+(.*)$/;
const BRACKETS = /[([]([^)\]]*)[)\]]/g;

function titleParts(title: string): TitleParts {
  const featured: string[] = [];
  let rest = title;
  const feat = FEATURING.exec(rest);
  if (feat?.[1]) {
    featured.push(...splitArtists(feat[1]));
    rest = rest.slice(0, feat.index) + rest.slice(feat.index + feat[0].length);
  }
  const asides: string[] = [];
  for (const [, inside] of rest.matchAll(BRACKETS)) if (inside) asides.push(inside);
  rest = rest.replace(BRACKETS, ' ');
  const dash = DASH_ASIDE.exec(rest);
  if (dash?.[1]) {
    asides.push(dash[1]);
    rest = rest.slice(0, dash.index);
  }
  return { name: normalise(rest), aside: normalise(asides.join(' ')), featured };
}

/**
 * The question asked of the catalog for a song: its artists and its title's name, without asides
 * ("(Remastered)", " - Live at …", "feat. X"), which catalogs spell each their own way.
 */
export function matchQuery(song: { readonly title: string; readonly artist: string }): string {
  return `${normalise(song.artist)} ${titleParts(song.title).name}`.trim();
}

/** "A, B & C", "A feat. B", "A x B", "A and B" as names, normalised; "and" alone joins, it is no name. */
export function splitArtists(artist: string): string[] {
  return artist
    .split(/\s*(?:,|;|&|\/|\band\b|\bfeat\.?|\bft\.|\bfeaturing\b|\bvs\.)\s*/i)
    .map(normalise)
    .filter(Boolean);
}

/**
 * How alike two titles' asides are, 0–1 ("Remastered 2011" and "(Remastered 2011)" alike): the last
 * tie-break, between takes of equal score and length.
 */
export function asideLikeness(wantedTitle: string, candidateTitle: string): number {
  const a = titleParts(wantedTitle).aside;
  const b = titleParts(candidateTitle).aside;
  return a === b ? 1 : dice(a, b);
}

/** Versions that sound different from the record: one must not stand in for the other. */
const OTHER_VERSION = /\b(live|remix|mix|acoustic|instrumental|karaoke|demo|unplugged|cover|rehearsal)\b/;

const words = (text: string) => text.split(' ').filter(Boolean);

/** Dice similarity of two normalised texts' words, 0–1: extra words on either side cost. */
function dice(a: string, b: string): number {
  if (a === b) return a ? 1 : 0;
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0 || wb.size === 0) return 0;
  const shared = new Set(wa.filter((w) => wb.has(w))).size;
  return (2 * shared) / (new Set(wa).size + wb.size);
}

/** Share of the wanted artists the candidate credits (as artist or featured in its title), 0–1. */
function artistShare(wanted: readonly string[], credited: readonly string[]): number {
  if (wanted.length === 0) return 0;
  const all = credited.join(' ');
  let found = 0;
  for (const name of wanted) {
    if (credited.includes(name)) found += 1;
    // "Beatles" for "The Beatles", a name the catalog spells with a middle initial: most words present.
    else found += dice(name, all) >= 0.5 && words(name).every((w) => all.includes(w)) ? 1 : 0;
  }
  return found / wanted.length;
}

/** What sets a version apart, for the penalty: "live", "remix"… or '' for the record itself. */
const versionOf = (aside: string) => OTHER_VERSION.exec(aside)?.[1] ?? '';

/** A different version (live for studio, a remix for the original, or the other way round) costs this. */
export const VERSION_PENALTY = 0.25;

/**
 * How well a catalog song answers to a wanted song, 0 (not it) to 1: the title's name (asides such as
 * "Remastered 2011" or "(feat. X)" set apart) weighs 0.6, the artists 0.4 (in any order, featured
 * artists counted wherever the catalog writes them), less VERSION_PENALTY when one is a live version,
 * remix, acoustic take… and the other is not.
 */
export function songScore(wanted: { title: string; artist: string }, song: CatalogTrack): number {
  const want = titleParts(wanted.title);
  const have = titleParts(song.title);
  const title = dice(want.name, have.name);
  const artist = artistShare(
    [...new Set(splitArtists(wanted.artist))],
    [...splitArtists(song.artist), ...have.featured],
  );
  const penalty = versionOf(want.aside) === versionOf(have.aside) ? 0 : VERSION_PENALTY;
  return Math.max(0, title * 0.6 + artist * 0.4 - penalty);
}
