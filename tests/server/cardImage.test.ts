// The card's layout (server/cardImage.tsx) as satori writes it, before resvg draws it: what keeps the
// drawing cheap (no layers, no outlines) and every line inside the label however long the tape's words.
import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_WIDTH, cardSvgRenderer } from '../../server/cardImage';
import { cardSummary, GENERIC_CARD } from '../../server/cardSummary';
import { nodeCardParts } from '../../server/nodeHost';
import { junoTape } from '../../src/data/junoTape';
import { encodeTape } from '../../src/share/codec';

/** Where the shell's padding starts on the right, in px: the card less the paper (36) and the padding (44). */
const TEXT_RIGHT = CARD_WIDTH - 36 - 44;

const juno = junoTape();
const long = 'Summer Night Drive Blue Heart Paper Moon Lights River Golden Hour Again';
const longCard = cardSummary(
  encodeTape({
    ...juno,
    title: long,
    subtitle: `for ${long}`,
    tracks: juno.tracks.map((track, i) => (i === 0 ? { ...track, title: long, artist: long } : track)),
  }).payload,
);
const wordCard = cardSummary(
  encodeTape({ ...juno, title: 'W'.repeat(119), subtitle: `for ${'x'.repeat(110)}` }).payload,
);

describe('the card laid out as SVG', () => {
  let layOut: ReturnType<typeof cardSvgRenderer>;
  beforeAll(async () => {
    layOut = cardSvgRenderer(await nodeCardParts());
  });

  it('draws through no mask, clip path or group opacity, each a full-size layer in resvg', async () => {
    for (const card of [cardSummary(encodeTape(juno).payload), longCard, GENERIC_CARD]) {
      const svg = await layOut(card);
      expect(svg).not.toMatch(/ (mask|clip-path|opacity)="/);
    }
  });

  it('writes the words as <text> for resvg to draw, not as outlines', async () => {
    const svg = await layOut(cardSummary(encodeTape(juno).payload));
    expect(svg).toContain('>Juno</text>');
    // Outlines of this much text were about 290 KB; boxes and <text> are a few dozen.
    expect(svg.length).toBeLessThan(40_000);
  });

  it('cuts long lines with an ellipsis inside the cassette, with or without spaces to break at', async () => {
    for (const card of [longCard, wordCard]) {
      const svg = await layOut(card);
      const words = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
      expect(words.length).toBeGreaterThan(5);
      // Each word's right edge, named by its text so that a failure says which. Satori gives a cut word
      // the width it had whole, so of that word only its start is known.
      const overflowing = words
        .map(([, x, width, text]) => ({ text, right: Number(x) + (text?.endsWith('…') ? 0 : Number(width)) }))
        .filter(({ right }) => right > TEXT_RIGHT + 0.5);
      expect(overflowing).toEqual([]);
      expect(svg).toContain('…');
    }
  });
});
