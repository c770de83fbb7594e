// With a 1,000-track tape: the median time to apply one move in the store, and to render the tracklist.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { SideHeading } from '../../src/components/tracklist/SideHeading';
import { TrackRow } from '../../src/components/tracklist/TrackRow';
import { TrackSides } from '../../src/components/tracklist/TrackSides';
import type { Tape } from '../../src/model/tape';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import { StoreProvider } from '../../src/store/StoreContext';
import { medianMs } from './median';

const COUNT = 1000;
const tape: Tape = {
  id: 'bench',
  title: 'Long tape',
  tracks: Array.from({ length: COUNT }, (_, i) => ({
    id: `e${i}`,
    songId: `s${i}`,
    title: `Song number ${i}`,
    artist: `Artist ${i % 37}`,
    previewUrl: `https://cdn.example/${i}.mp3`,
    clipSeconds: 30,
    fullSeconds: 200,
    source: 'url' as const,
  })),
  sideBStart: COUNT / 2,
  colors: { shell: '#2f2a26', label: '#f4e3b5' },
  length: 'C90',
};

const store = createMixtapeStore({ tape, storage: null });
store.getState().duplicateTape('bench'); // an own tape, so moves are real edits with undo history
const move = medianMs(200, (i) => {
  const ids = store.getState().tape.tracks;
  const from = ids[(i * 7919) % COUNT]?.id ?? 'e0';
  const to = ids[(i * 104729) % COUNT]?.id ?? 'e1';
  store.getState().moveTrack(from, to);
});

const render = medianMs(30, () => {
  renderToString(
    createElement(
      StoreProvider,
      { store },
      createElement(TrackSides, { Row: TrackRow, Heading: SideHeading }),
    ),
  );
});

console.log(`\nTracklist with ${COUNT} tracks (median)`);
console.log(`  one move in the store   ${move.toFixed(2)} ms`);
console.log(`  render the tracklist    ${render.toFixed(1)} ms (server render of every row)`);
