import type { RawEntry } from './entries';

/** What a format reader hands on: the entries as written, checked and cleaned in one place later. */
export type ParsedPlaylist =
  | { readonly ok: true; readonly title: string | undefined; readonly entries: readonly RawEntry[] }
  | { readonly ok: false; readonly message: string };
