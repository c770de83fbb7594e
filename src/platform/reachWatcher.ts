import type { MixtapeStore } from '../store/createMixtapeStore';

/**
 * How long a mouse pointer or the keyboard focus rests on a control before its clip is fetched: long
 * enough that sweeping across the tracklist or tabbing through it fetches nothing, short next to the
 * 100–300 ms a hand takes from arriving on a control to pressing it (the hover-intent delay instant.page
 * uses is 65 ms).
 */
export const REACH_DWELL_MS = 80;

/** The attribute naming the tape entry a control plays when pressed (a tracklist row's play button). */
export const REACH_ATTRIBUTE = 'data-reach';

const reachable = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>(`[${REACH_ATTRIBUTE}]`) : null;

/**
 * Tells the store which entry the listener is about to press (`reachFor`), so the engine loads its clip
 * before the press and the press only has to start it. A mouse or pen moved onto a control and resting
 * there, or the keyboard focus resting on one, reaches for it after REACH_DWELL_MS; a touch, a press or
 * Enter and Space reach at once (on a touch screen nothing hovers, and the tap itself takes tens of
 * milliseconds).
 * Leaving the control reaches for nothing. Listens on `root` (the document) by delegation, so rows added
 * later need nothing; returns the teardown.
 */
export function watchReach(store: MixtapeStore, root: Document = document): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The entry reached for, or waited on to be: the pointer moving about inside its control restarts nothing. */
  let aimed: string | null = null;
  const reach = (entryId: string | null) => {
    clearTimeout(timer);
    aimed = entryId;
    store.getState().reachFor(entryId);
  };
  const reachSoon = (entryId: string) => {
    if (aimed === entryId) return;
    clearTimeout(timer);
    aimed = entryId;
    timer = setTimeout(() => store.getState().reachFor(entryId), REACH_DWELL_MS);
  };
  const entryOf = (event: Event) => reachable(event.target)?.getAttribute(REACH_ATTRIBUTE) ?? null;

  // A move, not an arrival (pointerover): content scrolled under a pointer at rest is no hand reaching.
  const onPointerMove = (event: PointerEvent) => {
    const entryId = entryOf(event);
    if (entryId !== null && event.pointerType !== 'touch') reachSoon(entryId);
  };
  const onLeave = (event: PointerEvent | FocusEvent) => {
    const from = reachable(event.target);
    const to = event.relatedTarget;
    // Moving within the control (onto its title, say) is not leaving it; leaving another control (one
    // scrolled away from under the pointer while focus came to this one) does not undo this one.
    if (!from || from.getAttribute(REACH_ATTRIBUTE) !== aimed) return;
    if (!(to instanceof Node && from.contains(to))) reach(null);
  };
  const onFocus = (event: FocusEvent) => {
    const entryId = entryOf(event);
    if (entryId !== null) reachSoon(entryId);
  };
  const onPress = (event: PointerEvent | KeyboardEvent) => {
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    const entryId = entryOf(event);
    if (entryId !== null) reach(entryId);
  };

  // Capture: a handler that stops the event further down (drag and drop's sensors do) still lets it by here.
  root.addEventListener('pointermove', onPointerMove, true);
  root.addEventListener('pointerout', onLeave, true);
  root.addEventListener('focusin', onFocus, true);
  root.addEventListener('focusout', onLeave, true);
  root.addEventListener('pointerdown', onPress, true);
  root.addEventListener('keydown', onPress, true);
  return () => {
    clearTimeout(timer);
    root.removeEventListener('pointermove', onPointerMove, true);
    root.removeEventListener('pointerout', onLeave, true);
    root.removeEventListener('focusin', onFocus, true);
    root.removeEventListener('focusout', onLeave, true);
    root.removeEventListener('pointerdown', onPress, true);
    root.removeEventListener('keydown', onPress, true);
  };
}
