import { type CSSProperties, useEffect, useMemo, useRef, useState } from 'react';
import { usePrefersReducedMotion } from '../../hooks/usePrefersReducedMotion';
import { dedicationLine } from '../../model/giftLines';
import { fitLabel, textWidth } from '../../model/labelFit';
import { useMixtape } from '../../store/StoreContext';
import { currentSide } from '../../store/selectors';
import { HUB_Y, LEFT_HUB_X, RIGHT_HUB_X, VIEW_H, VIEW_W } from './geometry';
import { Hub } from './Reel';
import { useReelMotion } from './useReelMotion';

const SCREWS: ReadonlyArray<readonly [number, number]> = [
  [12, 12],
  [308, 12],
  [12, 192],
  [308, 192],
  [160, 186],
];

/** Matches the `cassette-flip` animation in the stylesheet. */
const FLIP_MS = 700;
/** The label's writing space, x 32 to 290 in the viewBox. */
const LABEL_WIDTH = 258;

export function Cassette() {
  const title = useMixtape((s) => s.tape.title);
  const subtitle = useMixtape((s) => s.tape.subtitle);
  const dedication = useMixtape((s) => dedicationLine(s.tape.dedication));
  const colors = useMixtape((s) => s.tape.colors);
  const side = useMixtape(currentSide);
  const status = useMixtape((s) => s.playback.status);
  const reduced = usePrefersReducedMotion();
  const leftPack = useRef<SVGCircleElement>(null);
  const rightPack = useRef<SVGCircleElement>(null);
  const leftHub = useRef<SVGGElement>(null);
  const rightHub = useRef<SVGGElement>(null);
  const refs = useMemo(() => ({ leftPack, rightPack, leftHub, rightHub }), []);
  useReelMotion(refs, reduced);

  // Turning the tape over from one side to the other is shown as a flip; reduced motion just swaps.
  const [flipping, setFlipping] = useState(false);
  const lastSide = useRef(side);
  useEffect(() => {
    if (side === lastSide.current) return;
    lastSide.current = side;
    if (reduced) return;
    setFlipping(true);
    const done = setTimeout(() => setFlipping(false), FLIP_MS);
    return () => clearTimeout(done);
  }, [side, reduced]);

  const playing = status === 'playing';
  const state = playing
    ? 'playing'
    : status === 'loading'
      ? 'loading'
      : status === 'stalled'
        ? 'buffering'
        : 'stopped';
  const description = `Cassette “${title}”, side ${side}, ${state}`;
  // Measured once per title, not on every change of play state the cassette re-renders for.
  const { fit, titleWidth } = useMemo(() => {
    // The label's writing space runs from x 32 to 290; a subtitle on the same line takes its right end.
    const subtitleWidth = subtitle ? textWidth(subtitle, 14) + 12 : 0;
    const oneLine = fitLabel(title, LABEL_WIDTH - subtitleWidth);
    // A title that needs two lines has the label to itself: the subtitle is on the J-card and in the details.
    const twoLines = oneLine.lines.length > 1;
    return {
      fit: twoLines ? fitLabel(title, LABEL_WIDTH) : oneLine,
      titleWidth: twoLines ? LABEL_WIDTH : LABEL_WIDTH - subtitleWidth,
    };
  }, [title, subtitle]);

  return (
    <svg
      className="cassette"
      data-state={playing ? 'playing' : 'still'}
      data-flip={flipping ? 'true' : undefined}
      viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
      role="img"
      aria-label={description}
      style={{ '--shell': colors.shell, '--label': colors.label } as CSSProperties}
    >
      <defs>
        <clipPath id="cassette-window">
          <rect x="62" y="70" width="196" height="48" rx="8" />
        </clipPath>
        <linearGradient id="cassette-sheen" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#fff" stopOpacity="0.18" />
          <stop offset="0.5" stopColor="#fff" stopOpacity="0" />
          <stop offset="1" stopColor="#000" stopOpacity="0.18" />
        </linearGradient>
      </defs>
      <rect className="shell" x="1" y="1" width={VIEW_W - 2} height={VIEW_H - 2} rx="12" />
      <rect x="1" y="1" width={VIEW_W - 2} height={VIEW_H - 2} rx="12" fill="url(#cassette-sheen)" />
      {SCREWS.map(([x, y]) => (
        <g key={`${x}-${y}`} className="screw">
          <circle cx={x} cy={y} r="4.2" />
          <path d={`M${x - 2.6} ${y}h5.2M${x} ${y - 2.6}v5.2`} />
        </g>
      ))}

      <rect className="label" x="18" y="20" width="284" height="126" rx="7" />
      <rect className="label-band" x="18" y="124" width="284" height="22" />
      <path className="label-rule" d="M30 58H290M30 124H290" />
      <text
        className="label-title"
        x="32"
        y={fit.lines.length > 1 ? 37 : 50}
        style={{ fontSize: `${fit.size}px` }}
      >
        {fit.lines.map((line, i) => (
          <tspan
            key={line}
            x="32"
            dy={i === 0 ? undefined : fit.size}
            // The estimate errs wide; should a line still come out wider, it is squeezed to the label.
            {...(textWidth(line, fit.size) > titleWidth * 0.9
              ? {
                  textLength: Math.min(titleWidth, textWidth(line, fit.size)),
                  lengthAdjust: 'spacingAndGlyphs',
                }
              : {})}
          >
            {line}
          </tspan>
        ))}
      </text>
      {subtitle && fit.lines.length === 1 ? (
        <text className="label-subtitle" x="288" y="50" textAnchor="end">
          {subtitle}
        </text>
      ) : null}
      <text className="label-side" x="36" y="104" textAnchor="middle">
        {side}
      </text>
      {/* A gift is written on the band by hand, where the maker's print would be. */}
      {dedication ? (
        <text className="label-dedication" x="160" y="141" textAnchor="middle">
          {dedication}
        </text>
      ) : (
        <text className="label-brand" x="160" y="140" textAnchor="middle">
          MIXTAPE · C-STAND-IN · TYPE I NORMAL
        </text>
      )}

      <rect className="window" x="62" y="70" width="196" height="48" rx="8" />
      <g clipPath="url(#cassette-window)">
        <circle ref={leftPack} className="pack" cx={LEFT_HUB_X} cy={HUB_Y} r="40" />
        <circle ref={rightPack} className="pack" cx={RIGHT_HUB_X} cy={HUB_Y} r="30" />
        <path className="tape-run" d={`M${LEFT_HUB_X} 118 L${RIGHT_HUB_X} 118`} />
      </g>
      <rect className="window-glass" x="62" y="70" width="196" height="48" rx="8" />
      <Hub x={LEFT_HUB_X} hubRef={leftHub} />
      <Hub x={RIGHT_HUB_X} hubRef={rightHub} />

      <path className="head-bay" d="M70 203 L84 160 H236 L250 203 Z" />
      {[104, 132, 188, 216].map((x) => (
        <circle key={x} className="guide-hole" cx={x} cy="186" r="4" />
      ))}
      <rect className="guide-hole" x="150" y="168" width="20" height="9" rx="2" />
    </svg>
  );
}
