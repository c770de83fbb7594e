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
      /** The engine asked this clip to play, and has not paused it since. */
      let wanted = false;
      /**
       * Seeks run one at a time. A seek while playing is a pause, a move and a play in howler, and a
       * second seek arriving before that play has settled (held arrow keys on the Seek slider, in WebKit,
       * where play() resolves late) could leave the sound paused for good while the deck said playing.
       */
      let seeking = false;
      let nextSeek: number | undefined;
      let seekTimer: ReturnType<typeof setTimeout> | undefined;
      const seekNow = (seconds: number) => {
        if (soundId === undefined) {
          howl.seek(seconds);
          return;
        }
        seeking = howl.playing(soundId);
        // howler's own 'seek' event ends a seek; should it never come, a second is long enough.
        if (seeking) seekTimer = setTimeout(seekDone, 1000);
        howl.seek(seconds, soundId);
      };
      const seekDone = () => {
        clearTimeout(seekTimer);
        seeking = false;
        if (unloaded) return;
        if (nextSeek !== undefined) {
          const to = nextSeek;
          nextSeek = undefined;
          seekNow(to);
        } else if (wanted && soundId !== undefined && howl.state() === 'loaded' && !howl.playing(soundId)) {
          howl.play(soundId);
        }
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
          wanted = false;
          handlers.onPlayError(describeLoadError(error));
        },
        onplay: () => handlers.onPlay(),
        onend: () => handlers.onEnd(),
        onseek: () => {
          if (seeking) seekDone();
        },
      });
      live += 1;
      return {
        play: () => {
          if (unloaded) return;
          wanted = true;
          if (soundId === undefined) soundId = howl.play();
          else if (!howl.playing(soundId)) howl.play(soundId);
        },
        pause: () => {
          wanted = false;
          if (soundId !== undefined) howl.pause(soundId);
        },
        seek: (seconds) => {
          if (seeking) nextSeek = seconds;
          else seekNow(seconds);
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
          clearTimeout(seekTimer);
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
