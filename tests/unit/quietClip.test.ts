import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMp3Frames, readFrameHeader } from '../../scripts/clips/mp3-duration.mjs';
import { QUIET_FRAME_BYTES, quietClipSeconds, quietClipUrl, quietMp3 } from '../engines/server/quietClip';

// The silent test clip the browser tests serve (tests/engines/server/serveApp.ts), read back with the
// frame parser the stand-in clips are measured by.
describe('the quiet test clip', () => {
  it('is a chain of MPEG-1 Layer III frames, 32 kHz mono, 144 bytes each', () => {
    const bytes = quietMp3(1);
    expect(readFrameHeader(bytes, 0)).toEqual({
      versionBits: 3,
      layer: 3,
      sampleRate: 32_000,
      samples: 1152,
      length: QUIET_FRAME_BYTES,
      mono: true,
      crc: false,
    });
    // Nothing but silence after the header: no main data, no reservoir.
    expect(bytes.subarray(4, QUIET_FRAME_BYTES).every((b) => b === 0)).toBe(true);
  });

  it('lasts at least the seconds asked for, and less than one frame more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 900 }), (seconds) => {
        const { seconds: measured, frames } = parseMp3Frames(quietMp3(seconds));
        expect(measured).toBeGreaterThanOrEqual(seconds);
        expect(measured - seconds).toBeLessThan(1152 / 32_000);
        expect(frames * QUIET_FRAME_BYTES).toBe(quietMp3(seconds).length);
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a length that is not one', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => quietMp3(bad)).toThrow(RangeError);
    }
  });

  it('is served at an address whose length the server reads back, and at no other', () => {
    expect(quietClipSeconds(new URL(quietClipUrl('http://127.0.0.1:4173', 600)).pathname)).toBe(600);
    expect(quietClipSeconds('/test-clips/quiet-600s.mp3?v=2')).toBe(600);
    for (const other of ['/clips/j01.mp3', '/test-clips/quiet-0s.mp3', '/test-clips/quiet-xs.mp3', '/']) {
      expect(quietClipSeconds(other)).toBeUndefined();
    }
  });
});
