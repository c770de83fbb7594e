import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { SetAsideTape } from './migrations';
import { HISTORY_KEY, KEPT_ASIDE_PREFIX } from './schema';

export type StorageHealth =
  | { readonly mode: 'saving' }
  /** Writes fail (full quota, private mode): the app works on in memory. */
  | { readonly mode: 'memory-only'; readonly reason: string };

export interface Unreadable {
  readonly keptAsKey: string | null;
  readonly raw: string;
  readonly reason: string;
  /** When only some tapes were set aside (and the rest loaded): their names. Absent: the whole value. */
  readonly tapes?: readonly string[];
}

export interface SafeStorageEvents {
  onHealth: (health: StorageHealth) => void;
  onUnreadable: (found: Unreadable) => void;
}

const isQuotaError = (e: unknown) =>
  e instanceof DOMException &&
  (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);

/** Where the shelf can be kept, or why it cannot. */
export type BrowserStorage =
  | { readonly storage: Storage; readonly refused?: undefined }
  | { readonly storage: null; readonly refused: string };

const PROBE_KEY = 'mixtape:probe';

/**
 * localStorage, checked by writing to it once, or why the browser refuses it. Blocking cookies and site
 * data makes `window.localStorage` throw a SecurityError (Chromium, Firefox); some private modes hand out
 * a storage whose every write throws. Either way the app must say so at start-up, not claim saves later.
 * A storage that is merely full is still returned: reading the shelf from it works, and each write says
 * whether it was kept (createSafeStorage).
 */
export function browserStorage(win: Pick<Window, 'localStorage'> = window): BrowserStorage {
  let storage: Storage;
  try {
    storage = win.localStorage;
    if (!storage) throw new Error('no localStorage');
  } catch {
    return { storage: null, refused: 'this browser blocks site data for Mixtape' };
  }
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
  } catch (e) {
    if (!isQuotaError(e)) return { storage: null, refused: 'the browser refused to save' };
  }
  return { storage };
}

/**
 * The only code that touches the user's stored shelf. Whatever it cannot read it copies aside under
 * another key before anything else is written, so no saved tape is ever lost to a bad value; if even
 * that copy fails it stops writing altogether rather than overwrite the only copy.
 */
export function createSafeStorage<S>(
  storage: Storage | null,
  events: SafeStorageEvents,
  /** Cheap check that nothing worth saving changed (zustand persists on every state change). */
  unchanged: (a: S, b: S) => boolean = () => false,
  now = () => new Date(),
) {
  let lastRaw: string | null = null;
  let lastState: S | undefined;
  let lastWritten: string | null = null;
  let blocked = storage === null;
  let health: StorageHealth['mode'] = 'saving';

  const setHealth = (next: StorageHealth) => {
    if (next.mode === health) return;
    health = next.mode;
    events.onHealth(next);
  };

  const keepAside = (raw: string, reason: string, tapes?: readonly string[]) => {
    const key = `${KEPT_ASIDE_PREFIX}${now().toISOString()}`;
    let kept: string | null = null;
    try {
      storage?.setItem(key, raw);
      kept = key;
    } catch {
      blocked = true;
      setHealth({ mode: 'memory-only', reason: 'there was no room to keep the unreadable data aside' });
    }
    events.onUnreadable({ keptAsKey: kept, raw, reason, ...(tapes ? { tapes } : {}) });
  };

  const api: PersistStorage<S> & {
    keepAside: (reason: string, tapes?: readonly SetAsideTape[]) => void;
  } = {
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = storage?.getItem(name) ?? null;
      } catch {
        return null;
      }
      lastRaw = raw;
      lastWritten = raw;
      if (raw === null) return null;
      try {
        const value: unknown = JSON.parse(raw);
        if (
          typeof value === 'object' &&
          value !== null &&
          'state' in value &&
          'version' in value &&
          typeof value.version === 'number'
        ) {
          return value as StorageValue<S>;
        }
        keepAside(raw, 'it is not a Mixtape shelf');
      } catch {
        keepAside(raw, 'it is not valid JSON');
      }
      return null;
    },
    setItem: (name, value) => {
      if (blocked || !storage) return;
      if (lastState !== undefined && unchanged(lastState, value.state)) return;
      lastState = value.state;
      const raw = JSON.stringify(value);
      if (raw === lastWritten) return;
      const write = () => {
        storage.setItem(name, raw);
        lastWritten = raw;
        setHealth({ mode: 'saving' });
      };
      try {
        write();
      } catch (e) {
        // The tapes come first: the undo steps kept beside them (keptHistory.ts) give way to them.
        if (isQuotaError(e) && storage.getItem(HISTORY_KEY) !== null) {
          storage.removeItem(HISTORY_KEY);
          try {
            write();
            return;
          } catch {
            // Full even so: said below.
          }
        }
        setHealth({
          mode: 'memory-only',
          reason: isQuotaError(e)
            ? 'the browser’s storage for this site is full'
            : 'the browser refused to save',
        });
      }
    },
    removeItem: () => {
      // Never: the user's tapes are only ever replaced by newer versions of themselves.
    },
    /**
     * For a value that parsed as JSON but failed migration or the schema: the whole of it; or, given
     * `tapes`, just those tapes, before the next write drops them (one entry: the tape's text, or a JSON
     * array of their texts).
     */
    keepAside: (reason, tapes) => {
      if (tapes)
        keepAside(
          tapes.length === 1 ? (tapes[0]?.raw ?? '') : `[${tapes.map((t) => t.raw).join(',')}]`,
          reason,
          tapes.map((t) => t.name),
        );
      else if (lastRaw !== null) keepAside(lastRaw, reason);
    },
  };
  return api;
}
