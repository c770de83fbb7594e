import { Howl, Howler } from 'howler';
import { clipFormat } from '../model/clipUrl';
import { type ElementMoves, elementMoves } from './elementMoves';
import { fillPool, lendElement, loadingElementOf, mediaElementOf, releasePlayLock } from './howlerInternals';
import { describeLoadError, WHOLE_CLIP_MS } from './howlerTerms';
import type { Clip, ClipHandlers, ClipSource, Player } from './player';
import { lengthNow, watchLength } from './watchLength';

/**
 * One clip: a Howl with one sound, which howler plays through a media element. Once that element is known
 * (at the first play), seeks, and Play after them, go through elementMoves: on the element itself, out of
 * howler's play queue. Should a howler upgrade hide the element, they are left to howler.
 */
function loadClip(source: ClipSource, handlers: ClipHandlers, onUnload: () => void): Clip {
  let soundId: number | undefined;
  let unloaded = false;
  /**
   * A play() of howler's was still pending when the player paused the element (see releasePlayLock): the
   * AbortError it then gets is the player's doing, not the browser refusing to play.
   */
  let abandonedPlay = false;
  let moves: { id: number; element: HTMLMediaElement; control: ElementMoves } | undefined;

  const takePlayLock = () => {
    if (releasePlayLock(howl, howl.state() === 'loaded')) abandonedPlay = true;
  };

  /**
   * The element's own word that it plays. A play() whose promise never settles (WebKitGTK, see
   * releasePlayLock) never gets howler's `onplay`, and the deck would say Loading while the clip played.
   */
  const onPlaying = () => {
    if (!unloaded) handlers.onPlay();
  };

  /**
   * The moves of howler's element for sound `id`, made when the element is first known. After a refused
   * play howler starts a new sound (a new id) on the same element; its moves are made afresh.
   */
  const movesOf = (id: number): ElementMoves | undefined => {
    const element = mediaElementOf(howl, id);
    if (moves && moves.id === id && moves.element === element) return moves.control;
    dropMoves();
    if (!element) return undefined;
    element.addEventListener('playing', onPlaying);
    const control = elementMoves(element, {
      playing: () => howl.playing(id),
      seek: (seconds) => howl.seek(seconds, id),
      play: () => howl.play(id),
      beforePause: takePlayLock,
    });
    moves = { id, element, control };
    return control;
  };

  const dropMoves = () => {
    moves?.control.dispose();
    moves?.element.removeEventListener('playing', onPlaying);
    moves = undefined;
  };

  const howl = new Howl({
    src: [source.url],
    html5: true,
    preload: true,
    sprite: { __default: [0, WHOLE_CLIP_MS] },
    // Always a hint: without one howler refuses an address with no audio extension unheard (clipFormat).
    format: [clipFormat(source.url, source.format)],
    // howler's duration is the element's at `canplaythrough`: Firefox's guess at a stream's length from
    // what has arrived so far (see clipLength.ts). What the element settles on comes through onLength.
    onload: () => handlers.onLoad(loading ? lengthNow(loading) : howl.duration()),
    onloaderror: (_id, error) => handlers.onLoadError(describeLoadError(error)),
    onplayerror: (_id, error) => {
      if (abandonedPlay) {
        abandonedPlay = false;
        return;
      }
      // Playing again after this would stack a second sound; let the user's next press retry.
      soundId = undefined;
      handlers.onPlayError(describeLoadError(error));
    },
    onplay: () => {
      abandonedPlay = false;
      handlers.onPlay();
    },
    onend: () => handlers.onEnd(),
  });
  const loading = loadingElementOf(howl);
  const onLength = handlers.onLength;
  const stopWatching = loading && onLength ? watchLength(loading, onLength) : () => {};
  return {
    play: () => {
      if (unloaded) return;
      if (soundId === undefined) {
        soundId = howl.play();
        movesOf(soundId);
      } else if (!howl.playing(soundId)) {
        const control = movesOf(soundId);
        if (control) control.play();
        else howl.play(soundId);
      }
    },
    pause: () => {
      if (soundId === undefined) return;
      // howler would queue this pause behind a pending play() that may never settle.
      takePlayLock();
      howl.pause(soundId);
      moves?.control.hold();
    },
    seek: (seconds) => {
      if (unloaded) return;
      if (soundId === undefined) {
        howl.seek(seconds);
        return;
      }
      const control = movesOf(soundId);
      if (control) control.seek(seconds);
      else howl.seek(seconds, soundId);
    },
    position: () => {
      const target = moves?.control.target();
      if (target !== undefined) return target;
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
      stopWatching();
      dropMoves();
      onUnload();
      howl.unload();
    },
  };
}

/**
 * Howler in HTML5-audio mode: it streams (playback starts before the file is in), works for any
 * host without CORS (catalog previews, pasted URLs), and howler reuses unlocked <audio> elements
 * from its pool. The price is no per-clip volume on iOS, which this app does not need.
 *
 * howler's Web Audio stays off (`Howler.usingWebAudio`). howler makes its AudioContext the first time
 * anything touches it (volume, mute, a new Howl), and none is needed to play through media elements: made
 * before a press, it is a context the browser will not let start; made after the first sound (as this
 * player once did), its making, and howler's unlock on the next press (which reloads every element not
 * yet played, the preloaded next clip among them), stood between later presses and their sound. So a clip
 * loads ahead of the first press (the engine's `cueAhead`) with no AudioContext, the press only plays it,
 * and within that press the player fills howler's pool with elements made in a gesture, as howler's unlock
 * would, for a mobile browser to play the next clips from without one.
 */
export function createHowlerPlayer(): Player {
  let live = 0;
  let pooled = false;
  Howler.usingWebAudio = false;
  /** Once, inside the press that first asks to play (the engine plays within the store's update). */
  const fillPoolOnce = () => {
    if (pooled || typeof Audio !== 'function') return;
    pooled = true;
    fillPool(Howler, () => new Audio());
  };
  return {
    load: (source: ClipSource, handlers: ClipHandlers): Clip => {
      if (!pooled && typeof Audio === 'function') lendElement(Howler, new Audio());
      live += 1;
      const clip = loadClip(source, handlers, () => {
        live -= 1;
      });
      return {
        ...clip,
        play: () => {
          // Played first: the pool is for the clips after this one.
          clip.play();
          fillPoolOnce();
        },
      };
    },
    // Volume and mute reach the media elements with Web Audio off, and make no context.
    setVolume: (volume) => {
      Howler.volume(volume);
    },
    setMuted: (muted) => {
      Howler.mute(muted);
    },
    liveClips: () => live,
  };
}
