import type { DeckClip } from './deckTypes';
import type { Clip } from './player';

/**
 * How long the crossfade from a clip at `position` of `duration` (seconds) would last, in milliseconds:
 * what is left of it once that is `seconds` or less; undefined before then, at its end, or with no crossfade.
 */
export function fadeWindowMs(seconds: number, duration: number, position: number): number | undefined {
  if (seconds <= 0) return undefined;
  const remaining = duration - position;
  return remaining > seconds || remaining <= 0 ? undefined : Math.round(remaining * 1000);
}

/** Starts `next` from its top, silent, and fades it in over `ms` milliseconds while `current` fades out. */
export function fadeAcross(current: Clip, next: Clip, ms: number): void {
  next.seek(0);
  next.setVolume(0);
  next.play();
  next.fade(0, 1, ms);
  current.fade(1, 0, ms);
}

/** Puts both clips back as they were before a crossfade: `next` paused at its top, both at full level. */
export function undoFade(current: Clip | undefined, next: Clip): void {
  next.pause();
  next.seek(0);
  next.setVolume(1);
  current?.setVolume(1);
}

/**
 * Starts `upcoming` fading in under the end of `current` when `current` is within `seconds` of its
 * `duration` and `upcoming` has loaded; returns the clip now fading in, or null when it is not time yet.
 */
export function fadeInUpcoming(
  current: DeckClip | null,
  upcoming: DeckClip | null,
  seconds: number,
  duration: number,
): DeckClip | null {
  if (!current || !upcoming?.clip.isLoaded()) return null;
  const ms = fadeWindowMs(seconds, duration, current.clip.position());
  if (ms === undefined) return null;
  fadeAcross(current.clip, upcoming.clip, ms);
  return upcoming;
}
