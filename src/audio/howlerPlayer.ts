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
        seek: (seconds) => {
          if (soundId === undefined) howl.seek(seconds);
          else howl.seek(seconds, soundId);
        },
        position: () => {
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
