// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { startKeyboardShortcuts } from '../../src/platform/keyboard';
import { shortcutFor } from '../../src/platform/shortcuts';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import { currentEntryId } from '../../src/store/selectors';
import { makeTape } from '../support/tapes';

const press = (key: string, target: Element = document.body, extra: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...extra }));

let store: MixtapeStore;
let helps = 0;
let stop: () => void;
beforeEach(() => {
  document.body.innerHTML = '<button id="b">x</button><input id="t" /><input id="r" type="range" />';
  store = createMixtapeStore({ tape: makeTape(4) });
  helps = 0;
  stop?.();
  stop = startKeyboardShortcuts(store, () => {
    helps += 1;
  });
});

const el = (id: string) => document.getElementById(id) as Element;

describe('keyboard shortcuts', () => {
  it('Space and K play and pause', () => {
    press(' ');
    expect(store.getState().playback.status).toBe('loading');
    press('K');
    expect(store.getState().playback.status).toBe('paused');
  });

  it('J, L and the arrows seek; N and P skip; M mutes; S shuffles', () => {
    press('l');
    expect(store.getState().playback.position).toBe(10);
    press('j');
    press('ArrowRight');
    expect(store.getState().playback.position).toBe(5);
    press('ArrowLeft');
    expect(store.getState().playback.position).toBe(0);
    press('n');
    expect(currentEntryId(store.getState())).toBe('t2');
    press('p');
    expect(currentEntryId(store.getState())).toBe('t1');
    press('m');
    expect(store.getState().playback.muted).toBe(true);
    press('s');
    expect(store.getState().queue.shuffle).toBe(true);
  });

  it('? opens the list', () => {
    press('?');
    expect(helps).toBe(1);
  });

  it('none fires while typing in a field', () => {
    for (const key of [' ', 'k', 'n', 'm', 's', 'ArrowRight', '?']) press(key, el('t'));
    expect(store.getState().playback).toMatchObject({ status: 'idle', muted: false, position: 0 });
    expect(store.getState().queue.shuffle).toBe(false);
    expect(helps).toBe(0);
  });

  it('Space and the arrows are left to a focused button or slider, letters still work there', () => {
    expect(
      shortcutFor({ key: ' ', target: el('b'), ctrlKey: false, metaKey: false, altKey: false }),
    ).toBeNull();
    expect(
      shortcutFor({ key: 'ArrowLeft', target: el('r'), ctrlKey: false, metaKey: false, altKey: false }),
    ).toBeNull();
    press('m', el('r'));
    expect(store.getState().playback.muted).toBe(true);
  });

  it('ignores keys with Ctrl, Cmd or Alt', () => {
    press('n', document.body, { ctrlKey: true });
    press('m', document.body, { metaKey: true });
    expect(currentEntryId(store.getState())).toBe('t1');
    expect(store.getState().playback.muted).toBe(false);
  });
});
