import type { CatalogError, CatalogResult, CatalogTrack } from './provider';

export type SearchStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'searching'; readonly term: string }
  | { readonly kind: 'results'; readonly term: string; readonly songs: readonly CatalogTrack[] }
  | {
      readonly kind: 'failed';
      readonly term: string;
      readonly reason: CatalogError['kind'];
      readonly message: string;
    };

export interface SearchControllerOptions {
  readonly search: (term: string, signal: AbortSignal) => Promise<CatalogResult<CatalogTrack[]>>;
  readonly onChange: (status: SearchStatus) => void;
  /** Typing pauses this long before a search is sent: a word, not every letter, costs a call. */
  readonly debounceMs?: number;
}

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Turns keystrokes into catalog searches: debounced, and each newer query aborts the one before, so
 * an answer that arrives late can never replace the answer to what the person typed last.
 */
export function createSearchController(options: SearchControllerOptions) {
  const debounceMs = options.debounceMs ?? SEARCH_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | null = null;

  const cancel = () => {
    clearTimeout(timer);
    inFlight?.abort();
    inFlight = null;
  };

  const run = async (term: string) => {
    const controller = new AbortController();
    inFlight = controller;
    const result = await options.search(term, controller.signal);
    if (inFlight !== controller || controller.signal.aborted) return;
    inFlight = null;
    if (result.ok) options.onChange({ kind: 'results', term, songs: result.value });
    else if (result.error.kind !== 'aborted')
      options.onChange({ kind: 'failed', term, reason: result.error.kind, message: result.error.message });
  };

  /** Cancels whatever was under way and shows the new term as searching; null for an empty box. */
  const begin = (text: string): string | null => {
    cancel();
    const term = text.trim();
    options.onChange(term ? { kind: 'searching', term } : { kind: 'idle' });
    return term || null;
  };

  return {
    /** The box's text changed: search for it once typing pauses. */
    setTerm(text: string) {
      const term = begin(text);
      if (term) timer = setTimeout(() => void run(term), debounceMs);
    },
    /** Enter, a retry, or a change of catalog: search now. */
    searchNow(text: string) {
      const term = begin(text);
      if (term) void run(term);
    },
    dispose: cancel,
  };
}
