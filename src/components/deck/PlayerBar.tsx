import type { CSSProperties, RefObject } from 'react';
import { COMMANDS } from '../../commands/transport';
import { useScrolledPast } from '../../hooks/useScrolledPast';
import { formatLength, formatTime, lengthKnown } from '../../model/time';
import type { Track } from '../../model/track';
import { useMixtape } from '../../store/StoreContext';
import { currentTrack } from '../../store/selectors';
import { DeckButton } from './DeckButton';
import { PlayPauseKey } from './PlayPauseKey';

/** The one-column layout (below the two-column breakpoint in styles/base.css): there the deck scrolls away. */
export const ONE_COLUMN = '(max-width: 899.98px)';

/**
 * The deck in brief, fixed to the bottom of a phone's screen while the deck's own controls are scrolled
 * off its top (issue 20.2): the song, Play/Pause, Next track and how far in it is. Its buttons run the same
 * commands as the deck's. Nothing here is live: the deck's now-playing line already announces songs,
 * and saying them twice would be noise. While it shows, the page keeps room for it at its foot and
 * messages sit above it (styles/player-bar.css, .app:has(.player-bar)).
 *
 * `deck` is the deck's transport; the bar shows while that is scrolled wholly off the top of the screen.
 */
export function PlayerBar({ deck }: { deck: RefObject<Element | null> }) {
  const away = useScrolledPast(deck, ONE_COLUMN);
  const track = useMixtape(currentTrack);
  // The clock is read only by the bar on screen, so a desktop (or a phone at the deck) does not
  // re-render this every second of play.
  return away && track ? <Bar track={track} /> : null;
}

function Bar({ track }: { track: Track }) {
  const position = useMixtape((s) => Math.floor(s.playback.position));
  const duration = useMixtape((s) => s.playback.duration);
  const known = lengthKnown(duration);
  const shown = known ? Math.min(position, duration) : position;
  return (
    <section className="player-bar" aria-label="Now playing">
      <div
        className="player-bar-progress"
        aria-hidden="true"
        style={{ '--fill': `${known ? (shown / duration) * 100 : 0}%` } as CSSProperties}
      />
      <p className="player-bar-song">
        <strong>{track.title}</strong> <span className="now-artist">{track.artist}</span>
        <span className="visually-hidden">
          , {formatTime(shown)} of {formatLength(duration)}
        </span>
      </p>
      <PlayPauseKey />
      <DeckButton command={COMMANDS.next} icon="next" />
    </section>
  );
}
