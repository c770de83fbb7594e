// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { startKeyboardShortcuts } from '../../src/platform/keyboard';
import { SHORTCUTS, shortcutFor, shortcutKey } from '../../src/platform/shortcuts';
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
      shortcutFor({
        key: ' ',
        code: 'Space',
        target: el('b'),
        ctrlKey: false,
        metaKey: false,
        altKey: false,
      }),
    ).toBeNull();
    expect(
      shortcutFor({
        key: 'ArrowLeft',
        code: 'ArrowLeft',
        target: el('r'),
        ctrlKey: false,
        metaKey: false,
        altKey: false,
      }),
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

describe('on any keyboard layout', () => {
  // key and code as browsers report them (UI Events KeyboardEvent code values), per layout.
  it.each([
    ['US', 'n', 'KeyN', 'n'],
    ['Russian ЙЦУКЕН: the key printed Т, where US has N', 'т', 'KeyN', 'n'],
    ['Russian, Shift held', 'Т', 'KeyN', 'n'],
    ['Greek: ν on the N key', 'ν', 'KeyN', 'n'],
    ['Hebrew: מ on the N key', 'מ', 'KeyN', 'n'],
    ['AZERTY: M sits where US has a semicolon', 'm', 'Semicolon', 'm'],
    ['AZERTY: a comma where US has M stays a comma', ',', 'KeyM', ','],
    ['Dvorak: the N printed on the key, where US has L', 'n', 'KeyL', 'n'],
    ['German: ö keeps its own key', 'ö', 'Semicolon', 'ö'],
    ['a named key', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft'],
  ])('%s', (_layout, key, code, means) => {
    expect(shortcutKey({ key, code })).toBe(means);
  });

  it('N, K and M work with a Russian layout', () => {
    press('т', document.body, { code: 'KeyN' });
    expect(currentEntryId(store.getState())).toBe('t2');
    press('л', document.body, { code: 'KeyK' });
    expect(store.getState().playback.status).toBe('loading');
    press('ь', document.body, { code: 'KeyM' });
    expect(store.getState().playback.muted).toBe(true);
  });

  it('every shortcut letter is reached from its physical key on a non-Latin layout', () => {
    for (const shortcut of SHORTCUTS) {
      for (const key of shortcut.keys.filter((k) => /^[a-z]$/.test(k))) {
        const found = shortcutFor({
          key: 'ж',
          code: `Key${key.toUpperCase()}`,
          target: document.body,
          ctrlKey: false,
          metaKey: false,
          altKey: false,
        });
        expect(found).toBe(shortcut);
      }
    }
  });
});
