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
  /** Caveat Bold, the label's handwriting (`@fontsource/caveat`, WOFF: satori reads no WOFF2). */
  readonly font: ArrayBuffer;
}

const INK = '#27221f';
const PAPER = '#f3ebdd';
/** Paper around the cassette. Satori sizes boxes as CSS's content-box does: padding would widen the card. */
const MARGIN = 36;

// Both WebAssembly modules are set up once per process or isolate: resvg refuses a second initWasm.
let ready: Promise<void> | undefined;

/**
 * A function that draws a card as PNG bytes, 1200×630: a cassette in the tape's colours, its label with
 * the title in handwriting, the dedication, the first songs, and how many songs each side holds. The
 * text is drawn as paths (satori), so no font is needed at rasterising and nothing is fetched.
 */
export function cardRenderer(parts: CardParts): (card: CardSummary) => Promise<Uint8Array> {
  const setUp = () => {
    ready ??= Promise.all([initLayout(parts.layoutWasm), initWasm(parts.resvgWasm)]).then(() => undefined);
    return ready;
  };
  const fonts = [{ name: 'Caveat', data: parts.font, weight: 700 as const, style: 'normal' as const }];
  return async (card) => {
    await setUp();
    const svg = await satori(<Card card={card} />, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
    const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, background: PAPER });
    try {
      return resvg.render().asPng();
    } finally {
      resvg.free();
    }
  };
}

const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

function Card({ card }: { card: CardSummary }) {
  const { shell, label } = card.colors;
  const [a, b] = card.sides;
  const second = card.dedication ?? (card.isTape ? 'a mixtape' : 'a cassette-style mixtape player');
  return (
    <div
      style={{
        display: 'flex',
        width: CARD_WIDTH - 2 * MARGIN,
        height: CARD_HEIGHT - 2 * MARGIN,
        margin: MARGIN,
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
          <div style={{ display: 'flex', fontSize: 84, lineHeight: 1.1, ...oneLine }}>{card.title}</div>
          <div style={{ display: 'flex', fontSize: 44, opacity: 0.8, ...oneLine }}>{second}</div>
          <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center', marginTop: 12 }}>
            <Reels shell={shell} />
            <div
              style={{
                display: 'flex',
                flexDirection: 'column',
                flex: 1,
                minWidth: 0,
                marginLeft: 36,
                fontSize: 34,
              }}
            >
              {card.firstSongs.map((song, i) => (
                // Songs repeat on a tape: the index keeps two equal lines apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: a list drawn once, never reordered
                <div key={i} style={{ display: 'flex', ...oneLine }}>
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

/** The cassette's window: two reels of tape. */
function Reels({ shell }: { shell: string }) {
  const reel = {
    display: 'flex',
    width: 112,
    height: 112,
    borderRadius: 999,
    border: `22px solid ${INK}`,
    background: PAPER,
  } as const;
  return (
    <div
      style={{
        display: 'flex',
        justifyContent: 'space-between',
        alignItems: 'center',
        width: 340,
        flexShrink: 0,
        height: 150,
        padding: '0 40px',
        background: shell,
        borderRadius: 75,
        border: `6px solid ${INK}`,
      }}
    >
      <div style={reel} />
      <div style={reel} />
    </div>
  );
}
