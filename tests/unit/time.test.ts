import { describe, expect, it } from 'vitest';
import { formatTime, spokenTime } from '../../src/model/time';

describe('formatTime', () => {
  it.each([
    [0, '0:00'],
    [5.9, '0:05'],
    [65, '1:05'],
    [600, '10:00'],
    [3725, '1:02:05'],
    [-3, '0:00'],
    [Number.NaN, '0:00'],
    [Number.POSITIVE_INFINITY, '0:00'],
  ])('%s s reads %s', (seconds, text) => {
    expect(formatTime(seconds)).toBe(text);
  });
});

describe('spokenTime', () => {
  it('reads minutes and seconds in words', () => {
    expect(spokenTime(65)).toBe('1 minute 5 seconds');
    expect(spokenTime(1)).toBe('1 second');
    expect(spokenTime(121)).toBe('2 minutes 1 second');
  });
});
