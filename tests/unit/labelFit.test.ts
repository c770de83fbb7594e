import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLabel, textWidth } from '../../src/model/labelFit';

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

  it('for any title up to the 100 characters a tape may have: at most two lines, each within the label, in order', () => {
    const title = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
      fc
        .array(fc.constantFrom('Road', 'trip', 'W', 'mmmmmmmm', '海への', 'é', ' '), { maxLength: 40 })
        .map((w) => w.join(' ').slice(0, 100)),
    );
    fc.assert(
      fc.property(title, (t) => {
        const fit = fitLabel(t, WIDTH);
        expect(fit.lines.length).toBeLessThanOrEqual(2);
        for (const line of fit.lines) {
          if ([...line].length > 1) expect(textWidth(line, fit.size)).toBeLessThanOrEqual(WIDTH + 0.001);
        }
        const written = fit.lines.join(' ').replace(/…$/, '');
        const whole = normal(t);
        if (!fit.cut) expect(written.replace(/ /g, '')).toBe(whole.replace(/ /g, ''));
        else expect(whole.replace(/ /g, '').startsWith(written.replace(/ /g, ''))).toBe(true);
      }),
    );
  });
});
