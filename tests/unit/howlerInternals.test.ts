import { describe, expect, it } from 'vitest';
import { fillPool } from '../../src/audio/howlerInternals';

describe('fillPool', () => {
  it('fills howler’s pool up to its size with elements marked unlocked, and no further', () => {
    const howler = { _html5AudioPool: [{ _unlocked: true }], html5PoolSize: 3 };
    const made: object[] = [];
    const make = () => {
      const element = {} as HTMLMediaElement;
      made.push(element);
      return element;
    };
    expect(fillPool(howler, make)).toBe(2);
    expect(howler._html5AudioPool).toHaveLength(3);
    expect(made.every((e) => Reflect.get(e, '_unlocked') === true)).toBe(true);
    expect(fillPool(howler, make)).toBe(0);
  });

  it('gives up on a howler whose pool it cannot find', () => {
    expect(fillPool({}, () => ({}) as HTMLMediaElement)).toBe(0);
  });
});
