/** `m:ss`, or `h:mm:ss` past an hour; negative and non-finite inputs read as zero. */
export function formatTime(seconds: number): string {
  const whole = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Words for screen readers, where "1:05" would be read as a clock time. */
export function spokenTime(seconds: number): string {
  const whole = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const m = Math.floor(whole / 60);
  const s = whole % 60;
  const minutes = m === 1 ? '1 minute' : `${m} minutes`;
  const secs = s === 1 ? '1 second' : `${s} seconds`;
  return m > 0 ? `${minutes} ${secs}` : secs;
}

/** A length is known when it is a positive number of seconds; LENGTH_UNKNOWN (0) and NaN are not. */
export function lengthKnown(seconds: number): boolean {
  return Number.isFinite(seconds) && seconds > 0;
}

/** A clip's length as `formatTime` writes it, or "–:––" while it is unknown, never a made-up 0:00. */
export function formatLength(seconds: number): string {
  return lengthKnown(seconds) ? formatTime(seconds) : '–:––';
}
