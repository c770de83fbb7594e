import { describe, expect, it } from 'vitest';
import { judgeLength, type MediaState } from '../../src/model/clipLength';
import { formatLength, lengthKnown } from '../../src/model/time';
import { LENGTH_UNKNOWN } from '../../src/model/track';

// Element states at loadedmetadata, read from Chromium 150 and Firefox ESR 153 loading the silent test
// clip (tests/engines/server/serveApp.ts) with preload=metadata: from a static host, and as a stream.
const at = (duration: number, bufferedEnd: number, networkState: 1 | 2): MediaState => ({
  duration,
  buffered: ranges(bufferedEnd > 0 ? [[0, bufferedEnd]] : []),
  networkState,
});

function ranges(list: ReadonlyArray<readonly [number, number]>): TimeRanges {
  return { length: list.length, start: (i) => list[i]?.[0] ?? 0, end: (i) => list[i]?.[1] ?? 0 };
}

describe('judgeLength', () => {
  it('takes a length the browser knows beyond what it holds (a size or a header told it)', () => {
    // 600 s clip, static host: Chromium has 33.7 s in, Firefox 65.5 s and more on the way.
    expect(judgeLength(at(600.012, 33.725, 1))).toBe(600.012);
    expect(judgeLength(at(600.012, 65.52, 2))).toBe(600.012);
  });

  it('takes a length the browser holds all of, with nothing more on the way', () => {
    // 30 s clip behind a redirect (Chromium), 5 s clip (Firefox).
    expect(judgeLength(at(30.024, 30.024, 1))).toBe(30.024);
    expect(judgeLength(at(5.004, 5.004, 1))).toBe(5.004);
  });

  it('calls a stream with no length unknown: Infinity in Chromium', () => {
    expect(judgeLength(at(Number.POSITIVE_INFINITY, 0, 2))).toBe(LENGTH_UNKNOWN);
    expect(judgeLength(at(Number.NaN, 0, 2))).toBe(LENGTH_UNKNOWN);
    expect(judgeLength(at(0, 0, 1))).toBe(LENGTH_UNKNOWN);
  });

  it('calls Firefox’s guess at a stream unknown: as long as what has come, and more coming', () => {
    // 20 s stream, 10 s of it in a first burst.
    expect(judgeLength(at(9.972, 9.972, 2))).toBe(LENGTH_UNKNOWN);
    // A short file all in before Firefox closed its download reads the same: measured when it plays.
    expect(judgeLength(at(30.024, 30.024, 2))).toBe(LENGTH_UNKNOWN);
  });

  it('reads what is held from the last buffered range', () => {
    const gap = ranges([
      [0, 3],
      [10, 12.5],
    ]);
    expect(judgeLength({ duration: 12.5, buffered: gap, networkState: 2 })).toBe(LENGTH_UNKNOWN);
    expect(judgeLength({ duration: 30, buffered: gap, networkState: 2 })).toBe(30);
  });
});

describe('formatLength', () => {
  it('writes a known length as formatTime does, and an unknown one as –:––, never 0:00', () => {
    expect(formatLength(65.4)).toBe('1:05');
    expect(formatLength(0)).toBe('–:––');
    expect(formatLength(Number.POSITIVE_INFINITY)).toBe('–:––');
    expect(formatLength(Number.NaN)).toBe('–:––');
    expect(lengthKnown(0.5)).toBe(true);
    expect(lengthKnown(0)).toBe(false);
  });
});
