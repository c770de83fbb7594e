/**
 * Runs `fn` once the page has a quiet moment (or after `timeoutMs` at the latest), so work the first
 * screen does not need stays out of the way of its first paint and first input.
 */
export function whenIdle(fn: () => void, timeoutMs = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(fn, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(fn, 200);
  return () => window.clearTimeout(handle);
}
