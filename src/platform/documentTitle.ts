import type { MixtapeStore } from '../store/createMixtapeStore';

/**
 * The browser tab's title for the open tape: "Road trip — Mixtape". The tape comes first because a tab
 * strip cuts titles from the end, and among several Mixtape tabs the tape is what tells them apart. An
 * untitled tape leaves the app's name alone.
 */
export function documentTitleFor(tapeTitle: string): string {
  const title = tapeTitle.trim();
  return title ? `${title} — Mixtape` : 'Mixtape';
}

/** Keeps `doc.title` on the open tape (shared, built-in or the user's own); returns the teardown. */
export function startDocumentTitle(store: MixtapeStore, doc: Document = document): () => void {
  const show = (title: string) => {
    doc.title = documentTitleFor(title);
  };
  return store.subscribe((s) => s.tape.title, show, { fireImmediately: true });
}
