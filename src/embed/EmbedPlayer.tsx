import { useId, useState } from 'react';
import { Cassette } from '../components/cassette/Cassette';
import { NowPlaying } from '../components/deck/NowPlaying';
import { SeekBar } from '../components/deck/SeekBar';
import { Messages } from '../components/Messages';
import { useMixtape } from '../store/StoreContext';
import { EmbedTracklist, TracklistToggle } from './EmbedTracklist';
import { EmbedTransport } from './EmbedTransport';

/**
 * One tape in someone else's page: the cassette, what plays, Seek, three deck keys, the tracklist behind
 * a button, and the full app on the same tape in a new tab.
 */
export function EmbedPlayer({ appUrl, tracklistOpen }: { appUrl: string; tracklistOpen: boolean }) {
  const title = useMixtape((s) => s.tape.title);
  const [open, setOpen] = useState(tracklistOpen);
  const listId = useId();
  return (
    <main className="embed">
      <h1 className="visually-hidden">{title}, a tape on Mixtape</h1>
      <section className="embed-deck" aria-label="Tape deck">
        <Cassette />
        <div className="embed-controls">
          <NowPlaying />
          <SeekBar />
          <EmbedTransport />
        </div>
      </section>
      <div className="embed-foot">
        <TracklistToggle open={open} controls={listId} onToggle={() => setOpen(!open)} />
        <a className="chip embed-open" href={appUrl} target="_blank" rel="noopener">
          Open in Mixtape <span className="visually-hidden">(opens in a new tab)</span>
        </a>
      </div>
      <EmbedTracklist id={listId} hidden={!open} />
      <Messages />
    </main>
  );
}

/** What the embed shows instead of a player when its address holds no tape it can open. */
export function EmbedProblem({ message, appUrl }: { message: string; appUrl: string }) {
  return (
    <main className="embed embed-problem">
      <h1>This tape can’t be played here</h1>
      <p role="alert">{message}</p>
      <a className="chip embed-open" href={appUrl} target="_blank" rel="noopener">
        Open Mixtape <span className="visually-hidden">(opens in a new tab)</span>
      </a>
    </main>
  );
}
