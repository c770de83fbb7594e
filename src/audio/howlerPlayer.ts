import { Howl, Howler } from 'howler';
import type { Clip, ClipHandlers, ClipSource, Player } from './player';

/** HTMLMediaElement error codes, in words a listener can act on. */
const MEDIA_ERRORS: Record<number, string> = {
  1: 'loading was cancelled',
  2: 'the network failed while loading it',
  3: 'the audio could not be decoded',
  4: 'the clip is missing or in a format this browser cannot play',
};

export function describeLoadError(error: unknown): string {
  if (typeof error === 'number') return MEDIA_ERRORS[error] ?? 'the clip could not be loaded';
  return typeof error === 'string' && error.length > 0
    ? error.replace(/\.$/, '')
    : 'the clip could not be loaded';
}

/**
 * How far howler may let a clip run: a day, so that the end of a clip is always the media element's own
 * `ended` event. Left to itself, howler takes the element's duration at `canplaythrough` as the end of
 * the sound, once and for good; WebKitGTK sometimes reports 0 there for an MP3 it has not scanned yet,
 * and howler then ended the sound the instant it was played, so the tape skipped that track in silence.
 */
const WHOLE_CLIP_MS = 24 * 60 * 60 * 1000;

/**
 * The media element howler plays a sound through. howler keeps it private (`_sounds[n]._node`), so it is
 * looked up, and checked, at run time: a howler that keeps it elsewhere gives undefined, and seeks are
 * then left to howler's own pause, move and play.
 */
function mediaElementOf(howl: Howl, soundId: number): HTMLMediaElement | undefined {
  if (!('_sounds' in howl) || !Array.isArray(howl._sounds)) return undefined;
  const sounds: readonly unknown[] = howl._sounds;
  for (const sound of sounds) {
    if (typeof sound !== 'object' || sound === null || !('_id' in sound) || sound._id !== soundId) continue;
    return '_node' in sound && sound._node instanceof HTMLMediaElement ? sound._node : undefined;
  }
  return undefined;
}

/**
 * Howler in HTML5-audio mode: it streams (playback starts before the file is in), works for any
 * host without CORS (catalog previews, pasted URLs), and howler reuses unlocked <audio> elements
 * from its pool. The price is no per-clip volume on iOS, which this app does not need.
 */
export function createHowlerPlayer(): Player {
  let live = 0;
  // Howler makes its AudioContext the first time anything touches it (volume, mute, a new Howl).
  // Made when the engine starts, at page load, that is a long task on a phone and an AudioContext
  // the browser will not let start; so the levels wait here until the first clip, which the
  // listener's own press of Play asks for.
  let pending: { volume?: number; muted?: boolean } | null = {};
  const wake = () => {
    if (!pending) return;
    const { volume, muted } = pending;
    pending = null;
    if (volume !== undefined) Howler.volume(volume);
    if (muted !== undefined) Howler.mute(muted);
  };
  return {
    load: (source: ClipSource, handlers: ClipHandlers): Clip => {
      wake();
      let soundId: number | undefined;
      let unloaded = false;
      /**
       * A seek while playing moves the element itself, which plays on. howler's own seek is a pause, a
       * move and a play, and in WebKitGTK that cycle could end with the element silent while the deck
       * said playing. Seeks run one at a time: one asked for while the element is still seeking (held
       * arrow keys on the Seek slider) waits for its `seeked`, and only the latest is kept.
       */
      let queuedSeek: number | undefined;
      let watched: HTMLMediaElement | undefined;
      const onSeeked = () => {
        if (queuedSeek === undefined) return;
        const to = queuedSeek;
        queuedSeek = undefined;
        seekTo(to);
      };
      const seekTo = (seconds: number) => {
        if (unloaded) return;
        if (soundId === undefined) {
          howl.seek(seconds);
          return;
        }
        // A paused sound goes through howler, which keeps the position it will play from.
        const element = howl.playing(soundId) ? mediaElementOf(howl, soundId) : undefined;
        if (!element) {
          queuedSeek = undefined;
          howl.seek(seconds, soundId);
          return;
        }
        if (watched !== element) {
          watched?.removeEventListener('seeked', onSeeked);
          element.addEventListener('seeked', onSeeked);
          watched = element;
        }
        if (element.seeking) queuedSeek = seconds;
        else element.currentTime = seconds;
      };
      const howl = new Howl({
        src: [source.url],
        html5: true,
        preload: true,
        sprite: { __default: [0, WHOLE_CLIP_MS] },
        ...(source.format ? { format: [source.format] } : {}),
        onload: () => handlers.onLoad(howl.duration()),
        onloaderror: (_id, error) => handlers.onLoadError(describeLoadError(error)),
        onplayerror: (_id, error) => {
          // Playing again after this would stack a second sound; let the user's next press retry.
          soundId = undefined;
          handlers.onPlayError(describeLoadError(error));
        },
        onplay: () => handlers.onPlay(),
        onend: () => handlers.onEnd(),
      });
      live += 1;
      return {
        play: () => {
          if (unloaded) return;
          if (soundId === undefined) soundId = howl.play();
          else if (!howl.playing(soundId)) howl.play(soundId);
        },
        pause: () => {
          if (soundId !== undefined) howl.pause(soundId);
        },
        seek: seekTo,
        position: () => {
          if (queuedSeek !== undefined) return queuedSeek;
          const at = soundId === undefined ? howl.seek() : howl.seek(soundId);
          return typeof at === 'number' && Number.isFinite(at) ? at : 0;
        },
        isPlaying: () => soundId !== undefined && howl.playing(soundId),
        isLoaded: () => howl.state() === 'loaded',
        setVolume: (volume) => {
          if (soundId === undefined) howl.volume(volume);
          else howl.volume(volume, soundId);
        },
        fade: (from, to, ms) => {
          if (soundId === undefined) howl.fade(from, to, ms);
          else howl.fade(from, to, ms, soundId);
        },
        unload: () => {
          if (unloaded) return;
          unloaded = true;
          watched?.removeEventListener('seeked', onSeeked);
          live -= 1;
          howl.unload();
        },
      };
    },
    setVolume: (volume) => {
      if (pending) pending.volume = volume;
      else Howler.volume(volume);
    },
    setMuted: (muted) => {
      if (pending) pending.muted = muted;
      else Howler.mute(muted);
    },
    liveClips: () => live,
  };
}
