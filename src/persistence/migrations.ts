import * as v from 'valibot';
import { PERSIST_VERSION, PersistedOutline, type PersistedState, StoredTape } from './schema';

export class UnreadableStateError extends Error {}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * One step per older version, each taking that version's shape to the next. A value from a newer
 * version of the app, or one that fails the schema, is refused rather than guessed at.
 */
const STEPS: Readonly<Record<number, (state: unknown) => unknown>> = {
  // Version 2 added the crossfade and deck-sound preferences, both off: the tape sounds as it did.
  1: (state) =>
    isRecord(state) && isRecord(state.prefs)
      ? { ...state, prefs: { ...state.prefs, crossfade: 0, deckSounds: false } }
      : state,
};

/** A stored tape that failed the schema: set aside on its own, its text as it was stored. */
export interface SetAsideTape {
  /** How the user knows it: its title in quotes when that much can be read, else its place on the shelf. */
  readonly name: string;
  /** The tape's JSON text, as the app wrote it (JSON.stringify gives back what JSON.parse was given). */
  readonly raw: string;
  readonly reason: string;
}

export interface Restored {
  /** Everything readable: every undamaged tape, and the preferences. */
  readonly state: PersistedState;
  /** The tapes that could not be read, in shelf order; empty when all could. */
  readonly setAside: readonly SetAsideTape[];
}

const damage = (issues: readonly v.BaseIssue<unknown>[], prefix: string) => {
  const issue = issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.');
  const where = path ? `${prefix}${prefix && '.'}${path}` : prefix || 'the top level';
  return `its contents are damaged (at ${where}: ${issue?.message ?? 'invalid'})`;
};

const nameOf = (raw: unknown, index: number) => {
  const title = isRecord(raw) && typeof raw.title === 'string' ? raw.title.trim().slice(0, 100) : '';
  return title ? `“${title}”` : `tape ${index + 1} on your shelf`;
};

/**
 * Reads a stored value of any released version (`version`) into today's shape, tape by tape: a tape that
 * fails the schema is set aside with the reason (after Excalidraw's restore, which repairs element by
 * element) and the rest load. A value from a newer version of the app,
 * or whose shelf or preferences themselves are damaged, is refused whole (UnreadableStateError), so the
 * caller keeps it aside as it was. Pure.
 */
export function restoreStored(state: unknown, version: number): Restored {
  if (!Number.isInteger(version) || version > PERSIST_VERSION) {
    throw new UnreadableStateError(`it was saved by a newer version of Mixtape (format ${version})`);
  }
  let current = state;
  for (let at = version; at < PERSIST_VERSION; at += 1) {
    const step = STEPS[at];
    if (!step) throw new UnreadableStateError(`format ${version} is too old to read`);
    current = step(current);
  }
  const outline = v.safeParse(PersistedOutline, current);
  if (!outline.success) throw new UnreadableStateError(damage(outline.issues, ''));
  const { shelf, prefs } = outline.output;
  const tapes: v.InferOutput<typeof StoredTape>[] = [];
  const setAside: SetAsideTape[] = [];
  for (const [index, raw] of shelf.tapes.entries()) {
    const tape = v.safeParse(StoredTape, raw);
    if (tape.success) tapes.push(tape.output);
    else
      setAside.push({
        name: nameOf(raw, index),
        raw: JSON.stringify(raw),
        reason: damage(tape.issues, `shelf.tapes.${index}`),
      });
  }
  return { state: { shelf: { ...shelf, tapes }, prefs }, setAside };
}

/** restoreStored's readable part alone, for readers with no one to tell about a damaged tape. */
export function migrateStored(state: unknown, version: number): PersistedState {
  return restoreStored(state, version).state;
}
