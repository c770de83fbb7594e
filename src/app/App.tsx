import { Cassette } from '../components/cassette/Cassette';
import { NowPlaying } from '../components/deck/NowPlaying';
import { PlayModes } from '../components/deck/PlayModes';
import { SeekBar } from '../components/deck/SeekBar';
import { Transport } from '../components/deck/Transport';
import { VolumeControl } from '../components/deck/VolumeControl';
import { Messages } from '../components/Messages';
import { StandInNotice } from '../components/StandInNotice';
import { Tracklist } from '../components/tracklist/Tracklist';

export function App() {
  return (
    <div className="app">
      <header className="masthead">
        <h1>
          Mixtape
          <span className="masthead-dot" aria-hidden="true" />
        </h1>
        <p className="masthead-tag">a tape from an old friend</p>
      </header>
      <main className="layout">
        <section className="deck" aria-label="Tape deck">
          <Cassette />
          <NowPlaying />
          <SeekBar />
          <Transport />
          <div className="deck-row">
            <PlayModes />
            <VolumeControl />
          </div>
        </section>
        <div className="listing">
          <Tracklist />
          <StandInNotice />
        </div>
      </main>
      <Messages />
    </div>
  );
}
