import * as v from 'valibot';
import { PERSIST_VERSION, PersistedState } from './schema';

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

export function migrateStored(state: unknown, version: number): PersistedState {
  if (!Number.isInteger(version) || version > PERSIST_VERSION) {
    throw new UnreadableStateError(`it was saved by a newer version of Mixtape (format ${version})`);
  }
  let current = state;
  for (let at = version; at < PERSIST_VERSION; at += 1) {
    const step = STEPS[at];
    if (!step) throw new UnreadableStateError(`format ${version} is too old to read`);
    current = step(current);
  }
  const parsed = v.safeParse(PersistedState, current);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? 'the top level';
    throw new UnreadableStateError(`its contents are damaged (at ${where}: ${issue?.message ?? 'invalid'})`);
  }
  return parsed.output;
}
