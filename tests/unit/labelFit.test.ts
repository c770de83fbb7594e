import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASSETTE_LABEL, fitLabel, type LabelSizes, textWidth } from '../../src/model/labelFit';

const WIDTH = 258;
const normal = (text: string) => text.trim().replace(/\s+/g, ' ');

describe('fitLabel', () => {
  it('writes a short title once at full size, a longer one smaller, a long one on two lines, cut at last', () => {
    expect(fitLabel('Juno', WIDTH)).toEqual({ lines: ['Juno'], size: 30, cut: false });
    const shrunk = fitLabel('Songs for a long drive home', WIDTH);
    expect(shrunk.lines).toEqual(['Songs for a long drive home']);
    expect(shrunk.size).toBeLessThan(30);
    // The report's 61-character title: two lines, all of it.
    const long = 'Songs for the long drive home through the hills at dusk, vol2';
    expect(long).toHaveLength(61);
    const two = fitLabel(long, WIDTH);
    expect(two.lines).toHaveLength(2);
    expect(two.lines.join(' ')).toBe(long);
    expect(two.cut).toBe(false);
    const cut = fitLabel('W'.repeat(100), WIDTH);
    expect(cut.lines).toHaveLength(2);
    expect(cut.cut).toBe(true);
    expect(cut.lines[1]?.endsWith('…')).toBe(true);
    expect(fitLabel('   ', WIDTH).lines).toEqual([]);
  });

  it('takes other sizes (the J-card’s, in points): full, shrunk to the smallest, then two lines', () => {
    const card: LabelSizes = { full: 26, smallest: 18, twoLines: 15 };
    expect(fitLabel('Juno', 157, card)).toEqual({ lines: ['Juno'], size: 26, cut: false });
    expect(fitLabel('Songs for a long drive', 157, card)).toMatchObject({
      lines: ['Songs for a long drive'],
    });
    expect(fitLabel('Songs for a long drive', 157, card).size).toBeGreaterThanOrEqual(18);
    expect(fitLabel('Songs for the long drive home through the hills', 157, card)).toMatchObject({
      lines: ['Songs for the long drive home', 'through the hills'],
      size: 15,
    });
  });

  it('for any title up to the 100 characters a tape may have: at most two lines, each within the label, in order', () => {
    const title = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
      fc
        .array(fc.constantFrom('Road', 'trip', 'W', 'mmmmmmmm', '海への', 'é', ' '), { maxLength: 40 })
        .map((w) => w.join(' ').slice(0, 100)),
    );
    // The cassette's label, the J-card's front and spine (points), the shelf's (px, over the sans's 1.4).
    const places = fc.constantFrom<[number, LabelSizes]>(
      [WIDTH, CASSETTE_LABEL],
      [157, { full: 26, smallest: 18, twoLines: 15 }],
      [255, { full: 12, smallest: 9, twoLines: 8 }],
      [130 / 1.4, { full: 14.4, smallest: 12, twoLines: 12 }],
    );
    fc.assert(
      fc.property(title, places, (t, [width, sizes]) => {
        const fit = fitLabel(t, width, sizes);
        expect(fit.lines.length).toBeLessThanOrEqual(2);
        expect(fit.size).toBeLessThanOrEqual(sizes.full);
        if (fit.lines.length > 0) expect(fit.size).toBeGreaterThanOrEqual(sizes.twoLines);
        for (const line of fit.lines) {
          if ([...line].length > 1) expect(textWidth(line, fit.size)).toBeLessThanOrEqual(width + 0.001);
        }
        const written = fit.lines.join(' ').replace(/…$/, '');
        const whole = normal(t);
        if (!fit.cut) expect(written.replace(/ /g, '')).toBe(whole.replace(/ /g, ''));
        else expect(whole.replace(/ /g, '').startsWith(written.replace(/ /g, ''))).toBe(true);
      }),
    );
  });
});
