import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { watchControllerChanges } from '../../src/platform/controllerChanges';
import {
  NO_UPDATE,
  nextUpdateState,
  type UpdateEvent,
  type UpdateState,
  updateMessage,
} from '../../src/platform/updateFlow';

const run = (events: readonly UpdateEvent[], from: UpdateState = NO_UPDATE): UpdateState[] => {
  const states: UpdateState[] = [];
  let state = from;
  for (const event of events) {
    state = nextUpdateState(state, event);
    states.push(state);
  }
  return states;
};
const last = (events: readonly UpdateEvent[]) => run(events).at(-1) ?? NO_UPDATE;

const waiting: UpdateEvent = { type: 'waiting' };
const later: UpdateEvent = { type: 'later' };
const asked: UpdateEvent = { type: 'reload-asked' };
const tookOver: UpdateEvent = { type: 'controller-changed', hadController: true };
const firstClaim: UpdateEvent = { type: 'controller-changed', hadController: false };

describe('when a tab moves to a new version', () => {
  it('asks when a new version waits, and lets it take over only when this tab says so', () => {
    expect(updateMessage(NO_UPDATE)).toBeUndefined();
    expect(updateMessage(last([waiting]))).toBe('A new version of Mixtape is ready.');
    expect(last([waiting]).effect).toBe('none');
    expect(last([waiting, asked]).effect).toBe('activate');
    // This tab asked: when the new worker takes over, it reloads onto it.
    expect(last([waiting, asked, tookOver]).effect).toBe('reload');
  });

  it('a tab that answered Later is told that another tab let the new version in, and is not reloaded', () => {
    const states = run([waiting, later, tookOver]);
    expect(updateMessage(states[1] ?? NO_UPDATE)).toBeUndefined();
    const after = last([waiting, later, tookOver]);
    expect(after.effect).toBe('none');
    expect(updateMessage(after)).toBe(
      'A new version of Mixtape took over in another tab. This tab stays as it is until you reload it.',
    );
    // Its own answer reloads it at once: the new version is already in control.
    expect(last([waiting, later, tookOver, asked]).effect).toBe('reload');
    // Later again hides the prompt, and nothing reloads.
    expect(updateMessage(last([waiting, later, tookOver, later]))).toBeUndefined();
  });

  it('a tab that never answered is told too, and a tab that had not heard of the new version at all', () => {
    expect(last([waiting, tookOver])).toMatchObject({ newVersion: 'took-over', effect: 'none' });
    expect(last([tookOver])).toMatchObject({ newVersion: 'took-over', effect: 'none' });
  });

  it('the first worker claiming a first visit is no new version', () => {
    expect(last([firstClaim])).toBe(NO_UPDATE);
    expect(last([waiting, asked, firstClaim]).effect).toBe('activate');
  });

  it('the same worker announced twice (installed, then waiting) does not bring back a prompt put off', () => {
    expect(updateMessage(last([waiting, later, waiting]))).toBeUndefined();
  });

  it('a newer version waiting after one took over asks again and reloads once it is in', () => {
    const events = [waiting, later, tookOver, later, waiting];
    expect(updateMessage(last(events))).toBe('A new version of Mixtape is ready.');
    expect(last([...events, asked]).effect).toBe('activate');
    expect(last([...events, asked, tookOver]).effect).toBe('reload');
  });

  it('Reload to update with nothing new does nothing', () => {
    expect(last([asked]).effect).toBe('none');
  });

  it('never reloads a tab unless that tab asked, whatever happens in other tabs (property)', () => {
    const event = fc.constantFrom<UpdateEvent>(waiting, later, tookOver, firstClaim);
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        expect(run(events).every((s) => s.effect !== 'reload' && s.effect !== 'activate')).toBe(true);
      }),
    );
  });

  it('once asked, a tab reloads when the new version is in, and an unchanged state carries no second effect (property)', () => {
    const event = fc.constantFrom<UpdateEvent>(waiting, later, tookOver, firstClaim, asked);
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        let state = NO_UPDATE;
        for (const e of events) {
          const next = nextUpdateState(state, e);
          if (next.effect === 'reload') expect(next).toMatchObject({ asked: true, newVersion: 'took-over' });
          if (next.effect === 'activate') expect(next).toMatchObject({ asked: true, newVersion: 'waiting' });
          if (e === tookOver && state.asked) expect(next.effect).toBe('reload');
          state = next;
        }
      }),
    );
  });
});

describe('watching the controlling worker', () => {
  const source = () => {
    const target = new EventTarget();
    return Object.assign(target, { controller: null as ServiceWorker | null });
  };

  it('tells a first claim from a new version taking over, and stops on teardown', () => {
    const page = source();
    const seen: boolean[] = [];
    const stop = watchControllerChanges(page, (had) => seen.push(had));
    page.controller = {} as ServiceWorker;
    page.dispatchEvent(new Event('controllerchange'));
    page.controller = {} as ServiceWorker;
    page.dispatchEvent(new Event('controllerchange'));
    stop();
    page.dispatchEvent(new Event('controllerchange'));
    expect(seen).toEqual([false, true]);
  });

  it('a page that loaded under a worker sees the next one as a new version', () => {
    const page = source();
    page.controller = {} as ServiceWorker;
    const seen: boolean[] = [];
    watchControllerChanges(page, (had) => seen.push(had));
    page.dispatchEvent(new Event('controllerchange'));
    expect(seen).toEqual([true]);
  });
});
