// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REACH_DWELL_MS, watchReach } from '../../src/platform/reachWatcher';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import { makeTape } from '../support/tapes';

let store: MixtapeStore;
let stop: () => void;
const reaching = () => store.getState().reaching;

/** Two rows' play buttons as TrackRow draws them (a title span inside), and a control that plays nothing. */
beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = `
    <button data-reach="t1"><span class="title">One</span></button>
    <button data-reach="t2"><span class="title">Two</span></button>
    <button id="other">Shuffle</button>`;
  store = createMixtapeStore({ tape: makeTape(3), seed: 1 });
  stop = watchReach(store);
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

const row = (n: number) => document.querySelector<HTMLElement>(`[data-reach="t${n}"]`) as HTMLElement;
const titleOf = (n: number) => row(n).querySelector('.title') as HTMLElement;
const other = () => document.getElementById('other') as HTMLElement;
const pointer = (type: string, target: Element, init: PointerEventInit = {}) =>
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'mouse', ...init }));

describe('reaching for a row', () => {
  it('a mouse resting on a row reaches for it after the dwell, not before', () => {
    pointer('pointermove', titleOf(2));
    vi.advanceTimersByTime(REACH_DWELL_MS - 1);
    expect(reaching()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(reaching()).toBe('t2');
  });

  it('a mouse sweeping across rows reaches for none of those it passes', () => {
    pointer('pointermove', row(1));
    vi.advanceTimersByTime(REACH_DWELL_MS / 2);
    pointer('pointerout', row(1), { relatedTarget: row(2) });
    pointer('pointermove', row(2));
    vi.advanceTimersByTime(REACH_DWELL_MS / 2);
    pointer('pointerout', row(2), { relatedTarget: other() });
    vi.advanceTimersByTime(REACH_DWELL_MS * 4);
    expect(reaching()).toBeNull();
  });

  it('moving about inside the row neither restarts the dwell nor leaves the row', () => {
    pointer('pointermove', row(1));
    vi.advanceTimersByTime(REACH_DWELL_MS / 2);
    pointer('pointerout', row(1), { relatedTarget: titleOf(1) });
    pointer('pointermove', titleOf(1));
    vi.advanceTimersByTime(REACH_DWELL_MS / 2);
    expect(reaching()).toBe('t1');
  });

  it('leaving the row reaches for nothing', () => {
    pointer('pointermove', row(1));
    vi.advanceTimersByTime(REACH_DWELL_MS);
    pointer('pointerout', row(1), { relatedTarget: other() });
    expect(reaching()).toBeNull();
  });

  it('a row scrolled under a pointer at rest is not reached for: only a move is a hand reaching', () => {
    pointer('pointerover', row(1));
    vi.advanceTimersByTime(REACH_DWELL_MS * 4);
    expect(reaching()).toBeNull();
  });

  it('leaving a row other than the one reached for changes nothing', () => {
    row(2).dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    // The focus scrolled the list: the pointer at rest is now out of row 1, over another.
    pointer('pointerout', row(1), { relatedTarget: other() });
    vi.advanceTimersByTime(REACH_DWELL_MS);
    expect(reaching()).toBe('t2');
  });

  it('a touch reaches at its press, never by passing over', () => {
    pointer('pointermove', row(2), { pointerType: 'touch' });
    vi.advanceTimersByTime(REACH_DWELL_MS * 4);
    expect(reaching()).toBeNull();
    pointer('pointerdown', titleOf(2), { pointerType: 'touch' });
    expect(reaching()).toBe('t2');
  });

  it('the keyboard reaches when focus rests on a row, and at once on Enter or Space', () => {
    row(1).dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(reaching()).toBeNull();
    vi.advanceTimersByTime(REACH_DWELL_MS);
    expect(reaching()).toBe('t1');
    row(1).dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: row(2) }));
    row(2).dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    row(2).dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
    expect(reaching()).toBe('t2');
  });

  it('other controls and other keys reach for nothing', () => {
    pointer('pointermove', other());
    pointer('pointerdown', other());
    row(1).dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'ArrowDown' }));
    vi.advanceTimersByTime(REACH_DWELL_MS * 4);
    expect(reaching()).toBeNull();
  });

  it('after the teardown nothing is listened to, and a dwell under way is dropped', () => {
    pointer('pointermove', row(1));
    stop();
    vi.advanceTimersByTime(REACH_DWELL_MS * 4);
    pointer('pointerdown', row(2));
    expect(reaching()).toBeNull();
    stop = () => {};
  });
});
