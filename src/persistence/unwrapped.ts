// Apart from safeStorage.ts, whose shelf code loads with the first screen: importing it from here, a lazily
// loaded part, would split modules out of the entry chunk (rolldown/rolldown#10731).

/** Where this browser remembers the gifts it has unwrapped; a shared tape's id is a hash of its link. */
const UNWRAPPED_PREFIX = 'mixtape:unwrapped:';

/** Whether the shared tape `tapeId` was unwrapped here before (issue 15); false where nothing is kept. */
export function wasUnwrapped(tapeId: string): boolean {
  // Reading localStorage throws where the browser blocks site data (see safeStorage.ts's browserStorage).
  try {
    return localStorage.getItem(UNWRAPPED_PREFIX + tapeId) !== null;
  } catch {
    return false;
  }
}

/** Remembers that `tapeId` was unwrapped. A browser that keeps nothing simply shows the wrapping again. */
export function rememberUnwrapped(tapeId: string): void {
  try {
    localStorage.setItem(UNWRAPPED_PREFIX + tapeId, '1');
  } catch {
    // Full or refused: the next visit is wrapped again, and nothing else depends on it.
  }
}
