// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { documentTitleFor, startDocumentTitle } from '../../src/platform/documentTitle';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import { makeTape } from '../support/tapes';

describe('the document title', () => {
  it('names the tape first and the app last, and only the app for an untitled tape', () => {
    expect(documentTitleFor('Road trip')).toBe('Road trip — Mixtape');
    expect(documentTitleFor('  Road trip ')).toBe('Road trip — Mixtape');
    expect(documentTitleFor('')).toBe('Mixtape');
    expect(documentTitleFor('   ')).toBe('Mixtape');
  });

  it('follows the open tape as it is renamed, and stops when torn down', () => {
    const store = createMixtapeStore({ tape: makeTape(3) });
    const stop = startDocumentTitle(store, document);
    expect(document.title).toBe('Test tape — Mixtape');
    store.getState().renameTape('Road trip');
    expect(document.title).toBe('Road trip — Mixtape');
    stop();
    store.getState().renameTape('Later');
    expect(document.title).toBe('Road trip — Mixtape');
  });
});
