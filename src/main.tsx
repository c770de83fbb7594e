import '@fontsource/caveat/700.css';
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startAudioEngine } from './audio/engine';
import { createHowlerPlayer } from './audio/howlerPlayer';
import { junoTape } from './data/junoTape';
import { browserStorage } from './persistence/safeStorage';
import { watchOtherTabs } from './persistence/tabSync';
import { createMixtapeStore } from './store/createMixtapeStore';
import { StoreProvider } from './store/StoreContext';

const store = createMixtapeStore({
  tape: junoTape(),
  storage: browserStorage(),
  seed: (Math.random() * 2 ** 32) >>> 0,
});
startAudioEngine(store, createHowlerPlayer());
watchOtherTabs(store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
