/**
 * How long a clip's clock may stand still while it should run. A clip whose server stops sending keeps its
 * element asked to play, `waiting` or `stalled`, for as long as the connection stays open: no error ever
 * comes, and without a watch the deck would say playing over silence for good.
 */
export interface StallLimits {
  /** Milliseconds the clock may stand still before the deck says it is waiting for the clip. */
  readonly stallMs: number;
  /**
   * Milliseconds more before the clip is reloaded, once; the reloaded clip then has `stallMs + retryMs` to
   * move on before it is given up.
   */
  readonly retryMs: number;
}

export const STALL_LIMITS: StallLimits = { stallMs: 4000, retryMs: 4000 };

/**
 * What one look at the clock found:
 * - `advancing`: the clip has moved on since the last look;
 * - `waiting`: it has not, but not for long enough to say so;
 * - `stalled`: it has stood still past `stallMs`: the deck should say it is waiting;
 * - `retry`: still past `stallMs + retryMs`: reload the clip and carry on from `resumeAt()` (once);
 * - `give-up`: the reloaded clip has stood still as long again: the track is unavailable.
 */
export type StallVerdict = 'advancing' | 'waiting' | 'stalled' | 'retry' | 'give-up';

export interface StallWatchdog {
  /** Looks at the clock: `position` in seconds into the clip, `now` in milliseconds (performance.now). */
  check(position: number, now: number): StallVerdict;
  /**
   * The clock may stand still or jump for a reason of the listener's (a Play after a pause, a seek, the
   * end of the clip near): it is watched afresh from `position` at `now`. A retry already spent stays spent.
   */
  restart(position: number, now: number): void;
  /** Where a reload should carry on from: the furthest the clip got, in seconds. */
  resumeAt(): number;
}

/** Less than this is jitter in the reported clock, not the clip moving on. */
const MOVED_S = 0.05;

/**
 * A watch over one track's clip for a clock that stands still while the clip should play; the engine looks
 * through it a few times a second while the listener wants the tape to run, and acts on the verdict.
 *
 * Moving on is measured from the furthest point reached, so a reloaded clip that reports 0:00 and is then
 * moved back to where it stood has not moved on. The one retry comes back once the clip has played on for
 * `stallMs` worth of audio past where it was reloaded: a slow network that keeps the clip advancing is never
 * given up, while a reload that only replays what was already in (a fraction of a second) is not retried
 * over and over.
 */
export function createStallWatchdog(limits: StallLimits, position: number, now: number): StallWatchdog {
  let furthest = position;
  let since = now;
  /** Where the clip was reloaded, while that retry is spent. */
  let retriedAt: number | undefined;

  return {
    check: (at, time) => {
      if (at > furthest + MOVED_S) {
        furthest = at;
        since = time;
        if (retriedAt !== undefined && at >= retriedAt + limits.stallMs / 1000) retriedAt = undefined;
        return 'advancing';
      }
      const still = time - since;
      if (still < limits.stallMs) return 'waiting';
      if (still < limits.stallMs + limits.retryMs) return 'stalled';
      if (retriedAt !== undefined) return 'give-up';
      retriedAt = furthest;
      since = time;
      return 'retry';
    },
    restart: (at, time) => {
      furthest = at;
      since = time;
    },
    resumeAt: () => furthest,
  };
}
