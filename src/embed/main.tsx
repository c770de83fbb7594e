import '@fontsource/caveat/700.css';
import '../styles/index.css';
import './embed.css';
import './embedTracklist.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { whenIdle } from '../hooks/whenIdle';
import { newVersionAsks } from '../model/text';
import { decodeTape, payloadFromHash } from '../share/codec';
import { createMixtapeStore } from '../store/createMixtapeStore';
import { StoreProvider } from '../store/StoreContext';
import { EmbedPlayer, EmbedProblem } from './EmbedPlayer';
import { appUrlFor, readEmbedOptions } from './embedOptions';
import { startHostBridge } from './hostBridge';
import { EMBED_CHANNEL, playOneAtATime } from './oneAtATime';

// The player in someone else's page (embed.html#<payload>): one tape from its address, played through the
// app's store and audio engine, and never the visitor's shelf: the store is made without storage.
const { theme, tracklistOpen } = readEmbedOptions(window.location.search);
if (theme) {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}
const appUrl = appUrlFor(window.location.href);
const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root');

// A host that points the frame at another tape changes only its fragment, which loads nothing: start over.
window.addEventListener('hashchange', () => window.location.reload());

const payload = payloadFromHash(window.location.hash);
const decoded = payload === null ? null : decodeTape(payload);
if (decoded?.ok) {
  const { tape } = decoded;
  document.title = `${tape.title} — Mixtape`;
  const store = createMixtapeStore({ tape, storage: null, seed: (Math.random() * 2 ** 32) >>> 0 });
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <EmbedPlayer appUrl={appUrl} tracklistOpen={tracklistOpen} />
      </StoreProvider>
    </StrictMode>,
  );

  // The autoplay rule of the app, and of the host's play command: nothing sounds before a press in here.
  let pressed = false;
  let audioRequested = false;
  const loadAudio = () => {
    if (audioRequested) return;
    audioRequested = true;
    import('../audio/startAudio')
      .then(({ startAudio }) => startAudio(store))
      .catch(() => store.getState().notify('error', newVersionAsks('play')));
  };
  const onPress = () => {
    pressed = true;
    loadAudio();
  };
  whenIdle(loadAudio);
  for (const type of ['pointerdown', 'keydown'] as const)
    window.addEventListener(type, onPress, { once: true, capture: true });

  if (window.parent !== window)
    startHostBridge(store, { self: window, host: window.parent, pressed: () => pressed });
  if (typeof BroadcastChannel === 'function')
    playOneAtATime(store, new BroadcastChannel(EMBED_CHANNEL), crypto.randomUUID());
} else {
  const message =
    decoded?.error.message ??
    'This player’s address holds no tape: its link should end in # and the tape’s code, as a Mixtape share link does.';
  document.title = 'No tape — Mixtape';
  createRoot(root).render(
    <StrictMode>
      <EmbedProblem message={message} appUrl={appUrl.split('#')[0] ?? appUrl} />
    </StrictMode>,
  );
}
