/**
 * How long an element asked to play may keep its clock still, with the data to play already in, before it
 * counts as stuck and is reloaded.
 */
export const STALL_MS = 2000;

/** What the element's moves need from howler, which owns the sound the element plays. */
export interface HowlerSound {
  /** Whether howler counts the sound as playing (it does while the element is paused to be moved). */
  playing(): boolean;
  /** Moves the paused sound through howler, which keeps the position it will play from. */
  seek(seconds: number): void;
  /** Plays the paused sound through howler. */
  play(): void;
  /** Called just before the element is paused while howler still counts it as playing. */
  beforePause(): void;
}

export interface ElementMoves {
  /** Moves the element now, or once its seek under way has settled (only the latest waits). */
  seek(seconds: number): void;
  /** Plays through howler now, or once the element has settled where it is going. */
  play(): void;
  /** The listener paused: the element stays paused once it has settled. */
  hold(): void;
  /** Where the element is going, while a seek waits for the one under way; else undefined. */
  target(): number | undefined;
  dispose(): void;
}

/** Whether the element holds the data from `at` on (a second of it, or to the end). */
function hasDataAt(element: HTMLMediaElement, at: number): boolean {
  const until = Math.min(at + 1, element.duration);
  for (let i = 0; i < element.buffered.length; i += 1) {
    if (element.buffered.start(i) <= at && element.buffered.end(i) >= until) return true;
  }
  return false;
}

/**
 * Seeks of a sound howler plays through `element`, made on the element itself, out of howler's play queue.
 *
 * howler's own seek of a playing sound is a pause, a move and a play that plays again before the move is
 * done, and in WebKitGTK that could leave the element silent while the deck said playing. Here a playing
 * element is paused, moved, and played again only once it has `seeked`, while howler counts it as playing
 * throughout (so its pause, and the deck, hold). A paused sound is moved through howler. Seeks run one at a
 * time: one asked for while the element is still seeking (held arrow keys on the Seek slider) waits for its
 * `seeked`, and only the latest is kept; Play pressed meanwhile waits for it too.
 *
 * Even so, WebKitGTK 2.50 now and then leaves an element asked to play just after a seek `waiting` for
 * good, its data all in (much like WebKit bug 300041): neither waiting, nor pause and play, nor another seek
 * brings it back, but reloading it does. So after each play asked for here the element's clock is checked
 * once; an element still where it was after STALL_MS, not paused, not seeking, with the data in, is
 * reloaded and moved back, once per seek or Play. A slow network is left alone: there, the data is not in.
 * Just after a reload WebKitGTK sometimes drops a seek made before the element plays (it plays from 0:00);
 * the seek is then made again once the element plays.
 */
export function elementMoves(element: HTMLMediaElement, sound: HowlerSound): ElementMoves {
  /** The latest seek asked for while the element was still seeking, or reloading. */
  let waiting: number | undefined;
  /** The element was paused to be moved while playing: it plays again once it has settled. */
  let resume = false;
  /** Play was pressed while the paused element was still moving. */
  let playAfter = false;
  let reloading = false;
  let reloadsLeft = 1;
  /** Where the first move after a reload was going, to check at its `seeked`. */
  let reloadedTo: number | undefined;
  /** A seek the element dropped after a reload, made again once it plays. */
  let seekOnPlaying: number | undefined;
  let disposed = false;
  let watch: ReturnType<typeof setTimeout> | undefined;

  const busy = () => element.seeking || reloading || waiting !== undefined;

  /** Moves an element that is neither seeking nor reloading. */
  const move = (seconds: number) => {
    seekOnPlaying = undefined;
    if (!sound.playing()) {
      sound.seek(seconds);
      return;
    }
    sound.beforePause();
    resume = true;
    element.pause();
    element.currentTime = seconds;
  };

  /** Checks, once, that the element asked to play has not stuck where it stands. */
  const watchClock = () => {
    clearTimeout(watch);
    const from = element.currentTime;
    watch = setTimeout(() => {
      if (disposed || busy() || resume || playAfter || reloadsLeft < 1 || !sound.playing()) return;
      if (element.paused || element.ended || Math.abs(element.currentTime - from) > 0.05) return;
      if (hasDataAt(element, from)) reload(from);
    }, STALL_MS);
  };

  const reload = (at: number) => {
    reloadsLeft -= 1;
    reloading = true;
    waiting = at;
    element.addEventListener('loadedmetadata', onReloaded, { once: true });
    element.load();
  };

  const onReloaded = () => {
    reloading = false;
    if (disposed || waiting === undefined) return;
    reloadedTo = waiting;
    waiting = undefined;
    move(reloadedTo);
  };

  const onSeeked = () => {
    if (disposed || element.seeking || reloading) return;
    if (waiting !== undefined) {
      const to = waiting;
      waiting = undefined;
      move(to);
      return;
    }
    if (reloadedTo !== undefined && Math.abs(element.currentTime - reloadedTo) > 0.5)
      seekOnPlaying = reloadedTo;
    reloadedTo = undefined;
    if (resume) {
      resume = false;
      if (sound.playing()) {
        // An AbortError here is a later seek or Pause pausing the element first: what was asked for.
        element.play().catch(() => undefined);
        watchClock();
      } else {
        // Pausing the element rejected a play() of howler's still pending, and howler took the sound for
        // paused: it is told where the element stands, and plays from there once the element has settled.
        playAfter = true;
        sound.seek(seekOnPlaying ?? element.currentTime);
        seekOnPlaying = undefined;
      }
    } else if (playAfter) {
      playAfter = false;
      sound.play();
      watchClock();
    }
  };

  const onPlaying = () => {
    if (disposed || seekOnPlaying === undefined) return;
    element.currentTime = seekOnPlaying;
    seekOnPlaying = undefined;
  };

  element.addEventListener('seeked', onSeeked);
  element.addEventListener('playing', onPlaying);

  return {
    seek: (seconds) => {
      reloadsLeft = 1;
      seekOnPlaying = undefined;
      if (busy()) waiting = seconds;
      else move(seconds);
    },
    play: () => {
      reloadsLeft = 1;
      if (busy()) playAfter = true;
      else {
        sound.play();
        watchClock();
      }
    },
    hold: () => {
      resume = false;
      playAfter = false;
      clearTimeout(watch);
      // The sound is paused now: a seek still owed since a reload goes to howler, which plays from it.
      if (seekOnPlaying !== undefined && !busy()) move(seekOnPlaying);
    },
    target: () => waiting ?? seekOnPlaying,
    dispose: () => {
      disposed = true;
      clearTimeout(watch);
      element.removeEventListener('seeked', onSeeked);
      element.removeEventListener('playing', onPlaying);
      element.removeEventListener('loadedmetadata', onReloaded);
    },
  };
}
