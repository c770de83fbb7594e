/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori, { init as initLayout } from 'satori/standalone';
import type { CardSummary } from './cardSummary';

/** Open Graph's recommended picture size (1.91:1), which Facebook, Slack, Discord and X all show whole. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What drawing needs from the runtime: the two WebAssembly modules and the font, as bytes or modules. */
export interface CardParts {
  /** satori's layout engine, `satori/yoga.wasm`. */
  readonly layoutWasm: WebAssembly.Module | BufferSource;
  /** resvg's renderer, `@resvg/resvg-wasm/index_bg.wasm`. */
  readonly resvgWasm: WebAssembly.Module | BufferSource;
  /**
   * Caveat Bold, the label's handwriting, as TrueType (`@expo-google-fonts/caveat`, Google Fonts' file:
   * Latin, Latin Extended and Cyrillic). Satori measures the text with it and resvg draws it, and resvg
   * reads no WOFF.
   */
  readonly font: ArrayBuffer;
}

const INK = '#27221f';
const PAPER = '#f3ebdd';
/** INK at 80 % opacity, for the second line. */
const FADED_INK = 'rgba(39, 34, 31, 0.8)';
/** Paper around the cassette, in px. Satori sizes boxes as CSS's border-box does: padding stays inside. */
const MARGIN = 36;

// Both WebAssembly modules are set up once per process or isolate: resvg refuses a second initWasm.
let ready: Promise<void> | undefined;

function setUp(parts: CardParts): Promise<void> {
  ready ??= Promise.all([initLayout(parts.layoutWasm), initWasm(parts.resvgWasm)]).then(() => undefined);
  return ready;
}

/**
 * A function that lays a card out as SVG (satori), 1200×630, the step before drawing: boxes as paths,
 * the words as <text> in the font "Caveat", drawn through no mask, clip path or group opacity.
 */
export function cardSvgRenderer(parts: CardParts): (card: CardSummary) => Promise<string> {
  // Made once: satori keeps a font's parsed tables by the identity of this array.
  const fonts = [{ name: 'Caveat', data: parts.font, weight: 700 as const, style: 'normal' as const }];
  return async (card) => {
    await setUp(parts);
    // Satori lays the text out and writes it as <text>, which resvg shapes and draws with the same font:
    // as paths from satori (embedFont) the picture's SVG was 290 KB of outlines, printed as decimals in
    // JavaScript and parsed again in WebAssembly, twice the time of all the rest of satori's work.
    return satori(<Card card={card} />, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts, embedFont: false });
  };
}

/**
 * A function that draws a card as PNG bytes, 1200×630: a cassette in the tape's colours, its label with
 * the title in handwriting, the dedication, the first songs, and how many songs each side holds. Satori
 * lays it out (cardSvgRenderer), resvg draws that with the bundled font only (its WebAssembly build sees
 * no system fonts), and nothing is fetched.
 */
export function cardRenderer(parts: CardParts): (card: CardSummary) => Promise<Uint8Array> {
  const layOut = cardSvgRenderer(parts);
  const font = { fontBuffers: [new Uint8Array(parts.font)], defaultFontFamily: 'Caveat' };
  return async (card) => {
    const svg = await layOut(card);
    const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, background: PAPER, font });
    // Both hold WebAssembly memory that JavaScript's collector does not see: the picture alone is 3 MB
    // of pixels, and left to the finalizers every render grew the module's memory by as much, which
    // also made drawing several times slower (fresh pages at each render).
    try {
      const picture = resvg.render();
      try {
        return picture.asPng();
      } finally {
        picture.free();
      }
    } finally {
      resvg.free();
    }
  };
}

/** The label's text width: the card less the paper, the shell's padding and the label's padding, in px. */
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN - 2 * 44 - 2 * 36;
const REELS_WIDTH = 340;
const SONGS_GAP = 36;

/**
 * One line of text, cut with an ellipsis where it would overflow `width` px. Satori's line clamp cuts
 * the text itself; `overflow: hidden` would also cut it, but draws every line through a mask and a clip
 * path, which resvg renders as two more full-size layers each.
 */
function line(width: number) {
  return { display: 'block', width, lineClamp: 1 } as const;
}

function Card({ card }: { card: CardSummary }) {
  const { shell, label } = card.colors;
  const [a, b] = card.sides;
  const second = card.dedication ?? (card.isTape ? 'a mixtape' : 'a cassette-style mixtape player');
  const songsWidth = TEXT_WIDTH - REELS_WIDTH - SONGS_GAP;
  return (
    <div
      style={{
        display: 'flex',
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        padding: MARGIN,
        fontFamily: 'Caveat',
        color: INK,
      }}
    >
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          minWidth: 0,
          padding: '36px 44px 20px',
          background: shell,
          borderRadius: 40,
        }}
      >
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            flexGrow: 1,
            minWidth: 0,
            padding: '20px 36px',
            background: label,
            borderRadius: 18,
          }}
        >
          <div style={{ ...line(TEXT_WIDTH), fontSize: 84, lineHeight: 1.1 }}>{card.title}</div>
          {/* The ink at 80 %, as a colour: an opacity would draw the line through a layer of its own. */}
          <div style={{ ...line(TEXT_WIDTH), fontSize: 44, color: FADED_INK }}>{second}</div>
          <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center', marginTop: 12 }}>
            <Reels shell={shell} />
            <div
              style={{
                display: 'flex',
                flexDirection: 'column',
                width: songsWidth,
                marginLeft: SONGS_GAP,
                fontSize: 34,
              }}
            >
              {card.firstSongs.map((song, i) => (
                // Songs repeat on a tape: the index keeps two equal lines apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: a list drawn once, never reordered
                <div key={i} style={line(songsWidth)}>
                  {song}
                </div>
              ))}
            </div>
          </div>
        </div>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            marginTop: 16,
            color: label,
            fontSize: 38,
          }}
        >
          {card.isTape ? (
            <div style={{ display: 'flex', gap: 48 }}>
              <div style={{ display: 'flex' }}>Side A · {songs(a)}</div>
              <div style={{ display: 'flex' }}>Side B · {songs(b)}</div>
            </div>
          ) : (
            <div style={{ display: 'flex' }}>Open it to press play</div>
          )}
          <div style={{ display: 'flex' }}>Mixtape</div>
        </div>
      </div>
    </div>
  );
}

function songs(n: number): string {
  return `${n} ${n === 1 ? 'song' : 'songs'}`;
}

/**
 * The cassette's window: two reels of tape. Rings are drawn as a disc on a disc rather than as borders,
 * which satori draws as strokes through clip paths (a layer each in resvg).
 */
function Reels({ shell }: { shell: string }) {
  const round = {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    borderRadius: 999,
  } as const;
  const reel = (
    <div style={{ ...round, width: 112, height: 112, background: INK }}>
      <div style={{ width: 68, height: 68, borderRadius: 999, background: PAPER }} />
    </div>
  );
  return (
    <div style={{ ...round, width: REELS_WIDTH, height: 150, flexShrink: 0, background: INK }}>
      <div
        style={{
          ...round,
          justifyContent: 'space-between',
          width: REELS_WIDTH - 12,
          height: 138,
          padding: '0 40px',
          background: shell,
        }}
      >
        {reel}
        {reel}
      </div>
    </div>
  );
}
