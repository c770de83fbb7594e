import type { CatalogError, CatalogProvider, LookupReport } from './provider';
import { timerPause } from './rateLimit';

/** Ids per lookup, so a long tape's first songs fill in while its last are still being asked about. */
export const LOOKUP_CHUNK = 25;
/** Deezer's quota window is 5 s: one window later it has room again. Doubled after each refusal. */
export const RETRY_BASE_MS = 5_000;
export const RETRY_MAX_MS = 60_000;
/** The first ask and five more, over about two minutes; after that the listener is told it failed. */
export const MAX_ATTEMPTS = 6;

/** Failures that clear by themselves: the catalog asked us to slow down, or did not answer this time. */
const RETRIED: ReadonlySet<CatalogError['kind']> = new Set(['rate-limited', 'unavailable']);

/** How long to wait before retry number `retry` (0 for the first): 5 s, 10 s, 20 s, 40 s, then 60 s. */
export function retryDelayMs(retry: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** retry);
}

export interface RetryNotice {
  readonly ids: readonly string[];
  /** Why they wait: the first of their errors (a quota refusal before a network failure). */
  readonly error: CatalogError;
  readonly delayMs: number;
}

export interface LookupRetryOptions {
  /** Each lookup's songs and missing ids, as soon as it answers. */
  readonly onReport: (report: Pick<LookupReport, 'found' | 'missing'>) => void;
  /** Ids that failed in a way that may clear, before the pause until they are asked about again. */
  readonly onRetry?: (notice: RetryNotice) => void;
  readonly signal?: AbortSignal;
  /** Resolves after `ms` or when the signal aborts; setTimeout by default. */
  readonly wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly maxAttempts?: number;
}

/**
 * Looks `ids` up in chunks, reporting what each answer found, and asks again, with exponential
 * backoff, about ids that were throttled or went unanswered; so one throttled id never costs the
 * others. Never throws. Resolves to the ids that still failed: given up on after `maxAttempts`, or
 * failed in a way asking again cannot fix soon (offline, which waits for the connection; an
 * unreadable answer). Once the signal aborts nothing more is reported, and it resolves to none.
 */
export async function lookUpWithRetries(
  catalog: Pick<CatalogProvider, 'lookup'>,
  ids: readonly string[],
  options: LookupRetryOptions,
): Promise<LookupReport['failed']> {
  const { signal, wait = timerPause, maxAttempts = MAX_ATTEMPTS } = options;
  const final: Array<LookupReport['failed'][number]> = [];
  let pending = [...ids];
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    const failed: Array<LookupReport['failed'][number]> = [];
    for (let start = 0; start < pending.length; start += LOOKUP_CHUNK) {
      const report = await catalog.lookup(
        pending.slice(start, start + LOOKUP_CHUNK),
        signal ? { signal } : {},
      );
      if (signal?.aborted) return [];
      options.onReport({ found: report.found, missing: report.missing });
      failed.push(...report.failed);
    }
    const again = failed.filter((f) => RETRIED.has(f.error.kind));
    final.push(...failed.filter((f) => !RETRIED.has(f.error.kind)));
    const first = again.find((f) => f.error.kind === 'rate-limited') ?? again[0];
    if (!first || attempt >= maxAttempts) {
      final.push(...again);
      break;
    }
    const delayMs = retryDelayMs(attempt - 1);
    pending = again.map((f) => f.id);
    options.onRetry?.({ ids: pending, error: first.error, delayMs });
    await wait(delayMs, signal);
    if (signal?.aborted) return [];
  }
  return final;
}
