/**
 * Audio files added from the device, kept in IndexedDB so a tape that holds one still plays after a
 * reload: an object URL dies with the page, the file itself does not have to. Every call fails soft
 * (private modes and full disks refuse IndexedDB): the track then says to add the file again.
 */
const DB_NAME = 'mixtape-files';
const STORE = 'files';

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = work(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export interface LocalFileStore {
  keep: (songId: string, file: Blob) => Promise<boolean>;
  /** A fresh object URL for each kept file among `songIds`. */
  restore: (songIds: readonly string[]) => Promise<Map<string, string>>;
}

export function createLocalFileStore(factory: IDBFactory | undefined = globalThis.indexedDB): LocalFileStore {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => {
    if (!factory) return Promise.reject(new Error('no IndexedDB'));
    db ??= open(factory);
    return db;
  };
  return {
    keep: async (songId, file) => {
      try {
        await run(await database(), 'readwrite', (s) => s.put(file, songId));
        return true;
      } catch {
        return false;
      }
    },
    restore: async (songIds) => {
      const urls = new Map<string, string>();
      if (songIds.length === 0) return urls;
      try {
        const d = await database();
        for (const id of songIds) {
          const blob = await run<unknown>(d, 'readonly', (s) => s.get(id));
          if (blob instanceof Blob) urls.set(id, URL.createObjectURL(blob));
        }
      } catch {
        // Nothing kept, or no IndexedDB: the tracks stay as they are and explain themselves if played.
      }
      return urls;
    },
  };
}

/** The one store the app uses; tests make their own with a fake factory. */
export const localFiles: LocalFileStore = createLocalFileStore();
