// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { watchSharedLinks } from '../../src/app/sharedLinks';
import { junoTape } from '../../src/data/junoTape';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import { isVisiting } from '../../src/store/selectors';
import goldenV2 from '../fixtures/share-links-v2.json';

const link = goldenV2.links[0];
if (!link) throw new Error('share-links-v2.json has no links');

/** Resolves once the store holds a state for which `test` is true. */
function until(store: ReturnType<typeof createMixtapeStore>, test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test()) resolve();
    const stop = store.subscribe(() => {
      if (!test()) return;
      stop();
      resolve();
    });
  });
}

describe('a card link (…/t/<payload>) opened in the app', () => {
  let teardown = () => {};
  afterEach(() => {
    teardown();
    window.history.replaceState(null, '', '/');
  });

  it('opens the tape from the path, as a visiting tape', async () => {
    window.history.replaceState(null, '', `/t/${link.payload}`);
    const store = createMixtapeStore({ tape: junoTape() });
    teardown = watchSharedLinks(store);
    await until(store, () => isVisiting(store.getState()));
    expect(store.getState().tape.title).toBe(link.tape.title);
  });

  it('says what is wrong with a damaged one, keeps the listener’s tape, and leaves the path for the root', async () => {
    window.history.replaceState(null, '', `/app/t/${link.payload.slice(0, -3)}x`);
    const store = createMixtapeStore({ tape: junoTape() });
    teardown = watchSharedLinks(store);
    await until(store, () => store.getState().messages.length > 0);
    expect(store.getState().messages[0]?.text).toMatch(/Your own tapes are untouched\.$/);
    expect(store.getState().tape.title).toBe('Juno');
    expect(window.location.pathname).toBe('/app/');
  });

  it('forgets the path once the tape is the listener’s own', async () => {
    window.history.replaceState(null, '', `/t/${link.payload}`);
    const store = createMixtapeStore({ tape: junoTape() });
    teardown = watchSharedLinks(store);
    await until(store, () => isVisiting(store.getState()));
    store.getState().saveVisiting();
    expect(window.location.pathname).toBe('/');
  });
});
