import { describe, expect, it } from 'vitest';
import { createStallWatchdog, type StallVerdict } from '../../src/audio/stallWatchdog';

const LIMITS = { stallMs: 4000, retryMs: 4000 };

/** Looks at a clock standing at `position` every 250 ms from `from` to `to` ms; the verdicts, in order. */
function look(
  dog: ReturnType<typeof createStallWatchdog>,
  position: number,
  from: number,
  to: number,
): StallVerdict[] {
  const seen: StallVerdict[] = [];
  for (let t = from; t <= to; t += 250) seen.push(dog.check(position, t));
  return seen;
}

describe('the stall watchdog', () => {
  it('waits, then says stalled at 4 s, then asks for one retry at 8 s, then gives up 8 s later', () => {
    const dog = createStallWatchdog(LIMITS, 13, 0);
    expect(new Set(look(dog, 13, 250, 3750))).toEqual(new Set(['waiting']));
    expect(dog.check(13, 4000)).toBe('stalled');
    expect(new Set(look(dog, 13, 4250, 7750))).toEqual(new Set(['stalled']));
    expect(dog.check(13, 8000)).toBe('retry');
    expect(dog.resumeAt()).toBe(13);
    expect(new Set(look(dog, 13, 8250, 15_750))).toEqual(new Set(['waiting', 'stalled']));
    expect(dog.check(13, 16_000)).toBe('give-up');
  });

  it('a clock that moves on is advancing, and starts the wait afresh', () => {
    const dog = createStallWatchdog(LIMITS, 0, 0);
    expect(dog.check(0, 3900)).toBe('waiting');
    expect(dog.check(0.3, 4000)).toBe('advancing');
    expect(dog.check(0.3, 7900)).toBe('waiting');
    expect(dog.check(0.3, 8000)).toBe('stalled');
  });

  it('jitter of a few hundredths of a second is not moving on', () => {
    const dog = createStallWatchdog(LIMITS, 5, 0);
    expect(dog.check(5.03, 1000)).toBe('waiting');
    expect(dog.check(5.01, 4000)).toBe('stalled');
  });

  it('a reloaded clip that reports 0:00 and is then moved back has not moved on', () => {
    const dog = createStallWatchdog(LIMITS, 13, 0);
    expect(dog.check(13, 8000)).toBe('retry');
    expect(dog.check(0, 8250)).toBe('waiting');
    expect(dog.check(13, 9000)).toBe('waiting');
    expect(dog.check(13.5, 9500)).toBe('advancing');
  });

  it('the retry comes back once the clip has played on for 4 s past where it was reloaded', () => {
    const dog = createStallWatchdog(LIMITS, 13, 0);
    expect(dog.check(13, 8000)).toBe('retry');
    expect(dog.check(16, 11_000)).toBe('advancing');
    expect(dog.check(17, 12_000)).toBe('advancing');
    expect(dog.check(17, 20_000)).toBe('retry');
  });

  it('a reload that only replays a fraction of a second does not earn another retry', () => {
    const dog = createStallWatchdog(LIMITS, 13, 0);
    expect(dog.check(13, 8000)).toBe('retry');
    expect(dog.check(13.2, 9000)).toBe('advancing');
    expect(dog.check(13.2, 17_000)).toBe('give-up');
  });

  it('restart (a Play after a pause, a seek) watches afresh from there, and keeps a spent retry spent', () => {
    const dog = createStallWatchdog(LIMITS, 13, 0);
    expect(dog.check(13, 3900)).toBe('waiting');
    dog.restart(40, 3900);
    expect(dog.check(40, 7800)).toBe('waiting');
    expect(dog.check(40, 11_900)).toBe('retry');
    dog.restart(2, 12_000);
    expect(dog.resumeAt()).toBe(2);
    expect(dog.check(2, 20_000)).toBe('give-up');
  });
});
