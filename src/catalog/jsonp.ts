export interface JsonpOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Loads `url` as a script that calls back with its payload; the loader adds `&<callbackParam>=<name>`. */
export type JsonpLoader = (url: string, callbackParam: string, options?: JsonpOptions) => Promise<unknown>;

export type JsonpFailure = 'timeout' | 'network' | 'no-callback';

export class JsonpError extends Error {
  readonly reason: JsonpFailure;

  constructor(reason: JsonpFailure, message: string) {
    super(message);
    this.name = 'JsonpError';
    this.reason = reason;
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;
let sequence = 0;

function withParam(url: string, param: string, value: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${encodeURIComponent(param)}=${encodeURIComponent(value)}`;
}

// Like fetch: reject with the signal's own reason, so callers see the AbortError they expect.
const abortReason = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('The request was aborted.', 'AbortError');

/**
 * For catalogs that send no CORS headers. The script runs with the page's rights, so only hosts we trust
 * (and list in the CSP's script-src) may be loaded. A script that answers after a timeout or abort finds
 * its callback gone and fails harmlessly with a ReferenceError in the console.
 */
export function createJsonpLoader(doc: Document = document): JsonpLoader {
  return (url, callbackParam, options = {}) =>
    new Promise((resolve, reject) => {
      const { signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
      const win = doc.defaultView;
      if (signal?.aborted) return reject(abortReason(signal));
      if (!win) return reject(new JsonpError('network', 'This document has no window to load scripts in.'));

      sequence += 1;
      const name = `__mixtapeJsonp${sequence}_${Math.random().toString(36).slice(2, 8)}`;
      const script = doc.createElement('script');
      let done = false;
      const settle = (finish: () => void) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        script.remove();
        Reflect.deleteProperty(win, name);
        finish();
      };
      const onAbort = () => settle(() => reject(signal ? abortReason(signal) : undefined));
      const timer = setTimeout(
        () => settle(() => reject(new JsonpError('timeout', `No answer within ${timeoutMs / 1000} s.`))),
        timeoutMs,
      );

      Reflect.set(win, name, (payload: unknown) => settle(() => resolve(payload)));
      signal?.addEventListener('abort', onAbort, { once: true });
      script.addEventListener('error', () =>
        settle(() => reject(new JsonpError('network', 'The script could not be loaded.'))),
      );
      // The callback runs while the script executes, before load fires: reaching load without it means
      // the answer was not JSONP (an error page, say).
      script.addEventListener('load', () =>
        settle(() => reject(new JsonpError('no-callback', 'The answer did not call back.'))),
      );
      script.async = true;
      script.src = withParam(url, callbackParam, name);
      (doc.head ?? doc.documentElement).append(script);
    });
}
