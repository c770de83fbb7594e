import * as v from 'valibot';
import { GIFT_CAPS } from '../model/giftCaps';

/** Bumped whenever the stored shape changes; each older version gets a step in migrations.ts. */
export const PERSIST_VERSION = 2;
export const STORAGE_KEY = 'mixtape:shelf';
export const KEPT_ASIDE_PREFIX = 'mixtape:shelf:unreadable:';
/** The last undo steps, beside the shelf (keptHistory.ts); the first thing to go when storage is full. */
export const HISTORY_KEY = 'mixtape:shelf:history';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const seconds = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(24 * 3600));
const color = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i));

export const StoredTrack = v.object({
  id: text(100),
  // `url:` + the whole address for tracks added by link, so as long as an address may be.
  songId: text(4200),
  title: text(200),
  artist: text(200),
  album: v.exactOptional(text(200)),
  previewUrl: text(4096),
  format: v.exactOptional(text(10)),
  clipSeconds: seconds,
  fullSeconds: v.exactOptional(seconds),
  source: v.picklist(['stand-in', 'catalog', 'url', 'local', 'wanted']),
  standInNote: v.exactOptional(text(200)),
  artworkUrl: v.exactOptional(text(4096)),
  storeUrl: v.exactOptional(text(4096)),
  note: v.exactOptional(text(GIFT_CAPS.note)),
});

export const StoredTape = v.object({
  id: text(100),
  title: text(100),
  subtitle: v.exactOptional(text(200)),
  tracks: v.pipe(v.array(StoredTrack), v.maxLength(5000), v.readonly()),
  sideBStart: v.pipe(v.number(), v.integer(), v.minValue(0)),
  colors: v.object({ shell: color, label: color }),
  length: v.picklist(['C46', 'C60', 'C90']),
  linerNotes: v.exactOptional(text(2000)),
  dedication: v.exactOptional(
    v.object({ from: text(GIFT_CAPS.name), to: text(GIFT_CAPS.name), message: text(GIFT_CAPS.message) }),
  ),
  replyTo: v.exactOptional(v.object({ title: text(100), from: text(GIFT_CAPS.name) })),
  updatedAt: v.exactOptional(v.number()),
});

const shelfFields = { activeId: text(100), deleted: v.record(v.string(), v.number()) };
export const StoredShelf = v.object({ ...shelfFields, tapes: v.pipe(v.array(StoredTape), v.readonly()) });

/**
 * The shelf as first read: each tape is left unread here and read on its own (restoreStored), so one
 * damaged tape costs only itself, as Excalidraw restores a drawing element by element.
 */
export const StoredShelfOutline = v.object({ ...shelfFields, tapes: v.array(v.unknown()) });

export const StoredPrefs = v.object({
  volume: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  muted: v.boolean(),
  repeat: v.picklist(['off', 'all', 'one']),
  crossfade: v.pipe(v.number(), v.minValue(0), v.maxValue(6)),
  deckSounds: v.boolean(),
});

/**
 * What is saved: the shelf and the preferences a listener expects to find again. The one definition of
 * the stored shape; its type is inferred from it.
 */
export const PersistedState = v.object({ shelf: StoredShelf, prefs: StoredPrefs });
export type PersistedState = v.InferOutput<typeof PersistedState>;

/** PersistedState with each tape left unread, for restoreStored to read one by one. */
export const PersistedOutline = v.object({ shelf: StoredShelfOutline, prefs: StoredPrefs });
