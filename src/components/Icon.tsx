const PATHS = {
  play: 'M8 5.5v13l11-6.5z',
  pause: 'M7 5h4v14H7zM13 5h4v14h-4z',
  stop: 'M6.5 6.5h11v11h-11z',
  previous: 'M6 5h2.5v14H6zM20 5.5v13L9.5 12z',
  next: 'M15.5 5H18v14h-2.5zM4 5.5v13L14.5 12z',
  rewind: 'M11.5 6v12L3 12zM21 6v12l-8.5-6z',
  forward: 'M12.5 6v12L21 12zM3 6v12l8.5-6z',
  volume: 'M4 9h4l5-4v14l-5-4H4zM16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12',
  muted: 'M4 9h4l5-4v14l-5-4H4zM16 9l5 6M21 9l-5 6',
  shuffle: 'M3 7h4l10 10h4M3 17h4l3-3M14 10l3-3h4M18.5 4.5 21 7l-2.5 2.5M18.5 14.5 21 17l-2.5 2.5',
  repeat: 'M4 11V9a2 2 0 0 1 2-2h12l-3-3M20 13v2a2 2 0 0 1-2 2H6l3 3',
  close: 'M6 6l12 12M18 6 6 18',
  grip: 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
} as const;

export type IconName = keyof typeof PATHS;

const STROKED: ReadonlySet<IconName> = new Set([
  'volume',
  'muted',
  'shuffle',
  'repeat',
  'close',
  'grip',
  'more',
]);
/** Dots are drawn as zero-length strokes with round caps, so they need a heavier pen. */
const DOTTED: ReadonlySet<IconName> = new Set(['grip', 'more']);

/** Decorative: every control that shows an icon carries its own accessible name. */
export function Icon({ name }: { name: IconName }) {
  const stroked = STROKED.has(name);
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill={stroked ? 'none' : 'currentColor'}
        stroke={stroked ? 'currentColor' : 'none'}
        strokeWidth={DOTTED.has(name) ? 3.3 : stroked ? 2 : 0}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
