import '@fontsource/caveat/700.css';
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { watchForCatalogTracks } from './app/catalogLookups';
import { watchSharedLinks } from './app/sharedLinks';
import { startDeckSounds } from './audio/deckSounds';
import { junoTape } from './data/junoTape';
import { whenIdle } from './hooks/whenIdle';
import { localFiles } from './persistence/localFiles';
import { browserStorage } from './persistence/safeStorage';
import { watchOtherTabs } from './persistence/tabSync';
import { startMediaSession } from './platform/mediaSession';
import { createMixtapeStore } from './store/createMixtapeStore';
import { StoreProvider } from './store/StoreContext';

const store = createMixtapeStore({
  tape: junoTape(),
  storage: browserStorage(),
  seed: (Math.random() * 2 ** 32) >>> 0,
});
watchOtherTabs(store);
// Files from this device come back from IndexedDB with fresh object URLs.
const localSongIds = store
  .getState()
  .shelf.tapes.flatMap((t) => t.tracks.filter((x) => x.source === 'local').map((x) => x.songId));
void localFiles.restore(localSongIds).then((urls) => store.getState().relinkLocalFiles(urls));
watchSharedLinks(store);
watchForCatalogTracks(store);
startMediaSession(store);
startDeckSounds(store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);

// Audio is fetched at the first quiet moment or the first touch of a key or pointer, whichever comes
// first. A press of Play before it arrives is not lost: the engine starts from the state it finds.
let audioRequested = false;
const loadAudio = () => {
  if (audioRequested) return;
  audioRequested = true;
  void import('./audio/startAudio').then(({ startAudio }) => startAudio(store));
};
whenIdle(loadAudio);
for (const type of ['pointerdown', 'keydown'] as const)
  window.addEventListener(type, loadAudio, { once: true, capture: true });
