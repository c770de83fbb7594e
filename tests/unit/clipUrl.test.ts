import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleFromName } from '../../src/model/clipUrl';

describe('titleFromName', () => {
  it.each([
    ['02_sea-of-love.mp3', '02 sea of love'],
    ['https://a.example/music/Tire%20Swing.m4a?x=1', 'Tire Swing'],
    ['https://a.example/.mp3', 'Untitled'],
    // A damaged playlist entry (tests/unit/playlists.property.test.ts found it): the URL parser
    // percent-encodes the control character, and decoding brought it back into the title.
    ['https://radio.example.com/%0Efour.ogg', 'four'],
    ['https://a.example/a%00b%7Fc.mp3', 'a b c'],
  ])('%s → %s', (name, title) => {
    expect(titleFromName(name)).toBe(title);
  });

  it('keeps a character whole when it cuts at 200 units', () => {
    const name = `${'a'.repeat(199)}😀.mp3`;
    expect(titleFromName(name)).toBe('a'.repeat(199));
  });

  it('for any name: a title to show, never empty, no control characters, no broken character', () => {
    const names = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .array(fc.integer({ min: 0, max: 0xff }), { maxLength: 40 })
        .map(
          (bytes) =>
            `https://a.example/${bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}.mp3`,
        ),
    );
    fc.assert(
      fc.property(names, (name) => {
        const title = titleFromName(name);
        expect(title.length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(200);
        expect(title).not.toMatch(/\p{Cc}/u);
        expect(title).not.toMatch(/[\uD800-\uDBFF]$/);
        expect(title).toBe(title.trim());
      }),
      { numRuns: 1000 },
    );
  });
});
