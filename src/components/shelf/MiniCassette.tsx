import type { TapeColors } from '../../model/tape';

/** A cassette spine-on: enough to tell tapes apart by colour on the shelf. */
export function MiniCassette({ colors }: { colors: TapeColors }) {
  return (
    <svg className="mini-cassette" viewBox="0 0 64 40" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="62" height="38" rx="4" fill={colors.shell} stroke="rgba(0,0,0,.45)" />
      <rect x="6" y="5" width="52" height="22" rx="2" fill={colors.label} />
      <rect x="16" y="11" width="32" height="10" rx="5" fill="#17120f" />
      <circle cx="23" cy="16" r="3.2" fill="#f4f1ea" />
      <circle cx="41" cy="16" r="3.2" fill="#f4f1ea" />
      <path d="M14 39l3-7h30l3 7z" fill="rgba(0,0,0,.3)" />
    </svg>
  );
}
