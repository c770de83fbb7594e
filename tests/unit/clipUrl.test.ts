import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipFormat, formatFromMime, SNIFF_FORMAT, titleFromName } from '../../src/model/clipUrl';

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

describe('clipFormat', () => {
  it('gives every address a hint howler accepts, from what the address says, else one the element sniffs', () => {
    // The three addresses of the real-world case r01-no-extension.m3u (issue 13).
    expect(clipFormat('https://music.example.net/play.php?id=1182&name=Morning%20Ferry.flac')).toBe('flac');
    expect(clipFormat('https://cdn.example.net/tracks/7731/audio')).toBe(SNIFF_FORMAT);
    expect(clipFormat('https://cdn.example.net/tracks/7732/lighthouse.mp3')).toBe('mp3');
    expect(clipFormat('https://a.example/stream?format=ogg')).toBe('ogg');
    expect(clipFormat('https://a.example/stream?type=audio%2Fmp4')).toBe('m4a');
    expect(clipFormat('blob:https://mixtape.example/6c1e2a4b-0000-4000-8000-000000000000')).toBe(
      SNIFF_FORMAT,
    );
    // What the track states wins: a device file's type, a catalog's.
    expect(clipFormat('blob:https://mixtape.example/6c1e', 'm4a')).toBe('m4a');
  });

  it('reads device files’ MIME types, parameters and case aside', () => {
    expect(formatFromMime('audio/mpeg')).toBe('mp3');
    expect(formatFromMime('Audio/MP4; codecs="mp4a.40.2"')).toBe('m4a');
    expect(formatFromMime('audio/x-flac')).toBe('flac');
    expect(formatFromMime('video/mp4')).toBeUndefined();
    expect(formatFromMime('')).toBeUndefined();
  });

  it('never leaves an http(s) or blob address without a hint, whatever its path and query', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.boolean(),
        (url, blob) => {
          const address = blob ? `blob:${url}` : url;
          const format = clipFormat(address);
          expect(['mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'wav', 'flac', 'webm', 'mp4']).toContain(format);
          // An address that names its type keeps it.
          expect(clipFormat(`${url.split(/[?#]/)[0]}/song.ogg`)).toBe('ogg');
        },
      ),
    );
  });
});
