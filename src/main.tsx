import '@fontsource/caveat/700.css';
import './styles/index.css';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { watchForCatalogTracks } from './app/catalogLookups';
import { Root } from './app/Root';
import { watchSharedLinks } from './app/sharedLinks';
import { watchOtherTabs } from './app/tabSync';
import { junoTape } from './data/junoTape';
import { whenIdle } from './hooks/whenIdle';
import { newVersionAsks } from './model/text';
import { browserStorage } from './persistence/safeStorage';
import { STORAGE_KEY } from './persistence/schema';
import { startDocumentTitle } from './platform/documentTitle';
import { createMixtapeStore } from './store/createMixtapeStore';

const { storage, refused } = browserStorage();
// index.html holds the first screen as a new visitor sees it (see src/app/prerender.tsx); public/boot.js
// hides it before the first paint for anyone else, by the same test.
const firstVisit = (() => {
  try {
    return storage !== null && storage.getItem(STORAGE_KEY) === null;
  } catch {
    return false;
  }
})();
const store = createMixtapeStore({
  tape: junoTape(),
  storage,
  seed: (Math.random() * 2 ** 32) >>> 0,
});
// Said at start-up, before the first edit could claim a save that will not happen.
if (refused) store.getState().reportStorageHealth({ mode: 'memory-only', reason: refused });
watchOtherTabs(store);
// Files from this device come back from IndexedDB with fresh object URLs; the IndexedDB code loads only
// for a shelf that holds some.
const localSongIds = store
  .getState()
  .shelf.tapes.flatMap((t) => t.tracks.filter((x) => x.source === 'local').map((x) => x.songId));
if (localSongIds.length > 0)
  void import('./persistence/localFiles')
    .then(({ localFiles }) => localFiles.restore(localSongIds))
    .then((urls) => store.getState().relinkLocalFiles(urls))
    .catch(() => undefined);
// The last visit's undo steps, in a part of their own: nothing on the first screen needs them at once.
if (storage)
  void import('./persistence/keptHistory')
    .then(({ keepHistory }) => keepHistory(store, storage))
    .catch(() => undefined);
// A playlist being matched when the last visit ended: offered again ("Resume matching"), in a part of its own.
if (storage)
  void import('./app/keptMatchJob')
    .then(({ keepMatchJob }) => keepMatchJob(store, storage))
    .catch(() => undefined);
watchSharedLinks(store);
watchForCatalogTracks(store);
startDocumentTitle(store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const prerendered = root.querySelector('[data-prerendered]');
// As a transition, React builds the tree in slices of a few milliseconds and lets input and paint in
// between, instead of holding the main thread for the whole tape at once (on a slow phone, 60 ms and more
// of blocking time). A press on the prerendered page meanwhile is not lost: React finishes hydrating at
// once and replays it. Next.js starts its client the same way.
startTransition(() => {
  if (prerendered && firstVisit) {
    // The same tree over the same state: React adopts the page as it is instead of building it again.
    prerendered.removeAttribute('data-prerendered');
    hydrateRoot(root, <Root store={store} />);
  } else {
    createRoot(root).render(<Root store={store} />);
  }
});

// Audio is fetched at the first quiet moment or the first touch of a key or pointer, whichever comes
// first. A press of Play before it arrives is not lost: the engine starts from the state it finds.
let audioRequested = false;
const loadAudio = () => {
  if (audioRequested) return;
  audioRequested = true;
  // The Media Session (lock screen, media keys) matters once something plays, so it comes with the audio.
  void import('./platform/mediaSession')
    .then(({ startMediaSession }) => startMediaSession(store))
    .catch(() => undefined);
  // A row under the pointer or the focus loads its clip before the press (the engine acts on it).
  void import('./platform/reachWatcher').then(({ watchReach }) => watchReach(store)).catch(() => undefined);
  import('./audio/startAudio')
    .then(({ startAudio }) => startAudio(store))
    .catch(() => {
      // Its file is gone: a new version was deployed since this page opened (see components/lazyPart.tsx).
      store.getState().notify('error', newVersionAsks('play'));
    });
};
whenIdle(loadAudio);
for (const type of ['pointerdown', 'keydown'] as const)
  window.addEventListener(type, loadAudio, { once: true, capture: true });
