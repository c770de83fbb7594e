import { useEffect, useRef, useState } from 'react';
import { runFileCommand } from '../commands/fileCommands';
import { Cassette } from '../components/cassette/Cassette';
import { CrossfadeControl } from '../components/deck/CrossfadeControl';
import { DeckSoundsToggle } from '../components/deck/DeckSoundsToggle';
import { NowPlaying } from '../components/deck/NowPlaying';
import { PlayerBar } from '../components/deck/PlayerBar';
import { PlayModes } from '../components/deck/PlayModes';
import { SeekBar } from '../components/deck/SeekBar';
import { Transport } from '../components/deck/Transport';
import { VolumeControl } from '../components/deck/VolumeControl';
import { lazyPart } from '../components/lazyPart';
import { Messages } from '../components/Messages';
import { UpNext } from '../components/queue/UpNext';
import { StandInNotice } from '../components/StandInNotice';
import { Shelf } from '../components/shelf/Shelf';
import { TapeBar } from '../components/shelf/TapeBar';
import { Announcer } from '../components/tracklist/announcer';
import { Tracklist } from '../components/tracklist/Tracklist';
import { useFileDrop } from '../hooks/useFileDrop';
import { startKeyboardShortcuts } from '../platform/keyboard';
import { useMixtape, useMixtapeStore } from '../store/StoreContext';
import { useUndoShortcuts } from './useUndoShortcuts';

// The service worker only matters after the first screen; tests (jsdom) have none to register.
const UpdatePrompt = lazyPart('updates', () => import('../components/UpdatePrompt').then((m) => m.default));
// The shortcut list is opened by few, and only by a key or a button: it loads the first time it is asked for.
// Only a shelf that could not be read needs it: the rare case pays for its code, not every first screen.
const StorageNotice = lazyPart('the storage notice', () =>
  import('../components/StorageNotice').then((m) => m.StorageNotice),
);
// Matching a playlist to catalog previews: only a list of songs being matched needs it.
const MatchReview = lazyPart('the match review', () =>
  import('../components/matching/MatchReview').then((m) => m.default),
);
const ShortcutHelp = lazyPart('the shortcut list', () =>
  import('../components/ShortcutHelp').then((m) => m.ShortcutHelp),
);

// A shared tape that came with a dedication opens wrapped; only such links pay for the wrapping's code.
const GiftWrap = lazyPart('the gift', () => import('./GiftPart').then((m) => m.default));

const canRegister = typeof navigator !== 'undefined' && 'serviceWorker' in navigator && import.meta.env.PROD;

/** Mounted after the first render, so the prerendered page (which has no service worker) hydrates as is. */
function ServiceWorkerUpdates() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(canRegister), []);
  return mounted ? <UpdatePrompt /> : null;
}

export function App() {
  useUndoShortcuts();
  const store = useMixtapeStore();
  const transport = useRef<HTMLFieldSetElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  // Once loaded, the dialog stays in the page: closing it is the native dialog's, which gives focus back.
  const [helpAsked, setHelpAsked] = useState(false);
  if (helpOpen && !helpAsked) setHelpAsked(true);
  useEffect(() => startKeyboardShortcuts(store, () => setHelpOpen(true)), [store]);
  const unreadable = useMixtape((s) => s.storage.unreadable !== null);
  // The visiting tape is the open one until the listener opens another or edits it into their own.
  const gift = useMixtape((s) => s.visiting?.id === s.tape.id && !!s.tape.dedication);
  const matching = useMixtape((s) => s.matchJob !== null);
  // A playlist dropped on the deck becomes a new tape; audio files join the open one (as the pickers do).
  const { over, dropProps } = useFileDrop((files) => runFileCommand('addFiles', store.getState(), files));

  return (
    <Announcer>
      <div className="app">
        <header className="masthead">
          <h1>
            Mixtape
            <span className="masthead-dot" aria-hidden="true" />
          </h1>
          <p className="masthead-tag">a tape from an old friend</p>
          <button
            type="button"
            className="chip masthead-help"
            aria-keyshortcuts="?"
            onClick={() => setHelpOpen(true)}
          >
            Shortcuts
          </button>
        </header>
        {unreadable ? <StorageNotice /> : null}
        <Shelf />
        <main className="layout">
          <section
            className="deck"
            aria-label="Tape deck"
            data-drop={over ? 'true' : undefined}
            {...dropProps}
          >
            {gift ? <GiftWrap /> : null}
            <Cassette />
            {over ? (
              <p className="drop-hint" aria-hidden="true">
                Drop audio files to add them to the tape
              </p>
            ) : null}
            <NowPlaying />
            <SeekBar />
            <Transport ref={transport} />
            <div className="deck-row">
              <PlayModes />
              <VolumeControl />
            </div>
            <div className="deck-row">
              <CrossfadeControl />
              <DeckSoundsToggle />
            </div>
            <UpNext />
            <StandInNotice />
          </section>
          <div className="listing">
            {matching ? <MatchReview /> : null}
            <TapeBar />
            <Tracklist />
          </div>
        </main>
        {/* Shows on phones only, once the deck's keys have scrolled off the top of the screen. */}
        <PlayerBar deck={transport} />
        <Messages />
        {helpAsked ? <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} /> : null}
        <ServiceWorkerUpdates />
      </div>
    </Announcer>
  );
}
