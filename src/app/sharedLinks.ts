import type { MixtapeStore } from '../store/createMixtapeStore';
import { isVisiting } from '../store/selectors';

/**
 * Opens a tape that arrives in the URL fragment, now or later (a link pasted into this tab). A link
 * only ever opens as a visiting tape: it cannot change or replace any of the user's own tapes. The
 * codec is loaded only when a link is there to read.
 */
export function watchSharedLinks(store: MixtapeStore, win: Window = window): () => void {
  const open = async () => {
    if (win.location.hash.length <= 1) return;
    let codec: typeof import('../share/codec');
    try {
      codec = await import('../share/codec');
    } catch {
      // Offline before the app was ever cached whole: say so rather than fail in silence.
      store
        .getState()
        .notify('error', 'Couldn’t open the shared tape: this part of Mixtape needs a connection to load.');
      return;
    }
    const { decodeTape, payloadFromHash } = codec;
    const payload = payloadFromHash(win.location.hash);
    if (payload === null) return;
    const result = decodeTape(payload);
    if (result.ok) {
      store.getState().receiveTape(result.tape);
    } else {
      store.getState().notify('error', `${result.error.message} Your own tapes are untouched.`);
      forget();
    }
  };
  const forget = () => win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}`);

  // Once the shared tape is saved, or the listener moves to another tape, a reload should not bring it back.
  const unsubscribe = store.subscribe(isVisiting, (visiting) => {
    if (!visiting && win.location.hash.length > 1) forget();
  });
  const onHashChange = () => void open();
  win.addEventListener('hashchange', onHashChange);
  void open();
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
  };
}
