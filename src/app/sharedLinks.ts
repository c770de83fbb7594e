import type { MixtapeStore } from '../store/createMixtapeStore';
import { isVisiting } from '../store/selectors';

/** A card link's path (`…/t/<payload>`): the tape is there rather than in the fragment. */
const CARD_PATH = /\/t\/[^/]*\/?$/;

/**
 * Opens a tape that arrives in the URL fragment, now or later (a link pasted into this tab), or in the
 * path of a card link (`…/t/<payload>`, served the app by the card service or a static host's fallback). A link
 * only ever opens as a visiting tape: it cannot change or replace any of the user's own tapes. The
 * codec is loaded only when a link is there to read.
 */
export function watchSharedLinks(store: MixtapeStore, win: Window = window): () => void {
  // A tape in the fragment, or in a card link's path.
  const linked = () => win.location.hash.length > 1 || CARD_PATH.test(win.location.pathname);
  const open = async () => {
    if (!linked()) return;
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
    const { decodeTape, payloadFromLocation } = codec;
    const payload = payloadFromLocation(win.location);
    if (payload === null) return;
    const result = decodeTape(payload);
    if (result.ok) {
      store.getState().receiveTape(result.tape);
    } else {
      store.getState().notify('error', `${result.error.message} Your own tapes are untouched.`);
      forget();
    }
  };
  // A card link's path goes too, back to the app's root: the path is the tape, as the fragment is.
  const forget = () =>
    win.history.replaceState(
      null,
      '',
      `${win.location.pathname.replace(CARD_PATH, '/')}${win.location.search}`,
    );

  // Once the shared tape is saved, or the listener moves to another tape, a reload should not bring it back.
  const unsubscribe = store.subscribe(isVisiting, (visiting) => {
    if (!visiting && linked()) forget();
  });
  const onHashChange = () => void open();
  win.addEventListener('hashchange', onHashChange);
  void open();
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
  };
}
