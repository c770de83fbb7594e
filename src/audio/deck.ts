import { fadeInUpcoming, undoFade } from './crossfadeMoves';
import type { Deck, DeckClip, DeckHost } from './deckTypes';
import type { Clip, Player } from './player';
import { createReachSlot, holdsClip, isEntry } from './reachSlot';

/**
 * The two-clip deck: the current clip and the next in the queue, preloaded so the tape runs on without a
 * gap, and at most one more, the clip the listener is reaching for (reachSlot.ts); every other clip is
 * unloaded (Howls left loaded leak). It crossfades between the two, seeks, reloads a stalled clip to carry
 * on where it stood, and gives up a clip that has not loaded `loadTimeoutMs` after Play.
 */
export function createDeck(player: Player, host: DeckHost, loadTimeoutMs: number): Deck {
  /** Play has been asked for at least once: from then on the next clip is preloaded too. */
  let asked = false;
  let current: DeckClip | null = null;
  let upcoming: DeckClip | null = null;
  /** The clip of the entry the listener is reaching for, when it is neither current nor upcoming. */
  const reached = createReachSlot((entryId) => load(entryId));
  /** The upcoming clip, already started and fading in over the end of the current one. */
  let fadingIn: DeckClip | null = null;
  let loadTimer: ReturnType<typeof setTimeout> | undefined;
  /** A stalled clip loaded afresh: once in, it is moved back to where the stalled one stood, then played. */
  let reloaded: { clip: Clip; at: number } | null = null;
  /**
   * Clips that have loaded once. isLoaded() is not enough to tell a first load: howler goes back to loading
   * while a play after a seek waits for data there, which is just when a stalled server leaves it waiting.
   */
  const loadedOnce = new WeakSet<Clip>();

  const isLive = (entryId: string, clip: Clip) =>
    holdsClip(current, entryId, clip) || holdsClip(upcoming, entryId, clip) || reached.holds(entryId, clip);

  const load = (entryId: string): DeckClip | null => {
    const source = host.sourceOf(entryId);
    if (!source) return null;
    const clip: Clip = player.load(source, {
      onLoad: (duration) => {
        if (!isLive(entryId, clip)) return;
        loadedOnce.add(clip);
        host.loaded(entryId, duration);
        if (current?.clip === clip) {
          clearTimeout(loadTimer);
          if (reloaded?.clip === clip) resumeReloaded(reloaded.at);
          preload();
        }
      },
      onLength: (seconds) => {
        if (isLive(entryId, clip)) host.loaded(entryId, seconds);
      },
      onPlay: () => {
        if (current?.clip !== clip) return;
        host.started(entryId);
        // The next clip loads once this one sounds, out of the way of the press that started it.
        preload();
      },
      onEnd: () => {
        if (current?.clip === clip) host.ended(entryId);
      },
      onLoadError: (reason) => {
        if (!isLive(entryId, clip)) return;
        // A clip loaded ahead of a press (cued before Play, or reached for) fails quietly: the press loads
        // it again and says what it finds.
        const ahead = reached.holds(entryId, clip) || (current?.clip === clip && !host.wantsToPlay());
        drop(entryId);
        if (!ahead) host.failed(entryId, reason);
      },
      onPlayError: () => {
        if (current?.clip === clip) host.blocked(entryId);
      },
    });
    return { entryId, url: source.url, clip };
  };

  const drop = (entryId: string) => {
    if (current?.entryId === entryId) {
      current.clip.unload();
      current = null;
      clearTimeout(loadTimer);
    }
    if (upcoming?.entryId === entryId) {
      if (fadingIn === upcoming) fadingIn = null;
      upcoming.clip.unload();
      upcoming = null;
    }
    reached.drop(entryId);
  };

  /** A pause or a seek mid-fade puts both clips back as they were. */
  const cancelCrossfade = () => {
    if (!fadingIn) return;
    undoFade(current?.clip, fadingIn.clip);
    fadingIn = null;
  };

  const preload = () => {
    const next = host.next();
    const wanted = next !== undefined && next.entryId !== current?.entryId ? next : undefined;
    if (upcoming && !isEntry(upcoming, wanted)) {
      if (fadingIn === upcoming) fadingIn = null;
      upcoming.clip.unload();
      upcoming = null;
    }
    if (wanted === undefined || upcoming) return;
    if (reached.has(wanted)) upcoming = reached.take(wanted);
    else if (asked && current?.clip.isLoaded()) upcoming = load(wanted.entryId);
  };

  const armLoadTimeout = () => {
    clearTimeout(loadTimer);
    const watched = current;
    if (!watched || watched.clip.isLoaded()) return;
    loadTimer = setTimeout(() => {
      if (current !== watched || watched.clip.isLoaded() || !host.wantsToPlay()) return;
      drop(watched.entryId);
      host.failed(watched.entryId, 'it took too long to load');
    }, loadTimeoutMs);
  };

  /**
   * Seeks the reloaded clip, now in, to where the stalled one stood, then plays it. Seeking a clip that has
   * loaded and not yet played is the move howler takes as where to play from (as for a preloaded clip).
   */
  const resumeReloaded = (at: number) => {
    if (!current) return;
    reloaded = null;
    current.clip.seek(at);
    if (host.wantsToPlay()) current.clip.play();
  };

  return {
    cue: (entry, loadIt) => {
      // Another entry, or a new take of this one: its one retry is new.
      reloaded = null;
      if (current && isEntry(current, entry)) {
        // Same entry, new take: start it again from the top.
        current.clip.seek(0);
        return;
      }
      if (current) drop(current.entryId);
      if (upcoming && isEntry(upcoming, entry)) {
        current = upcoming;
        upcoming = null;
        // A clip that faded in is already under way: carry on from where it is.
        if (fadingIn === current) fadingIn = null;
        // A preloaded clip stands at its top already; moving it there anyway is a seek, with its wait for
        // data, between Next and the sound.
        else if (current.clip.position() !== 0) current.clip.seek(0);
      } else if (reached.has(entry)) {
        // Reached for and pressed: loaded, or on its way, since the pointer or focus came to it.
        current = reached.take(entry);
      } else if (entry && loadIt) {
        current = load(entry.entryId);
      }
    },
    preload,
    reach: (entry) => {
      // Reaching for nothing keeps what was reached for: the pointer may come back to it.
      if (entry) reached.reach(entry, [current, upcoming]);
    },
    play: () => {
      if (!current) return;
      asked = true;
      // A reloaded clip plays once it is in and has been moved back to where it stood.
      if (reloaded?.clip !== current.clip) current.clip.play();
      armLoadTimeout();
    },
    pause: () => {
      if (!current) return;
      cancelCrossfade();
      current.clip.pause();
      clearTimeout(loadTimer);
    },
    seek: (to) => {
      if (!current) return;
      cancelCrossfade();
      if (reloaded?.clip === current.clip) reloaded.at = to;
      else current.clip.seek(to);
    },
    crossfade: (seconds, duration) => {
      fadingIn ??= fadeInUpcoming(current, upcoming, seconds, duration);
    },
    reload: (at) => {
      if (!current) return;
      cancelCrossfade();
      const { entryId } = current;
      current.clip.unload();
      current = load(entryId);
      reloaded = current ? { clip: current.clip, at } : null;
    },
    drop,
    current: () => current?.entryId,
    position: () => current?.clip.position() ?? 0,
    isPlaying: () => current?.clip.isPlaying() ?? false,
    firstLoad: () => current !== null && !loadedOnce.has(current.clip) && reloaded?.clip !== current.clip,
    dispose: () => {
      for (const held of [current, upcoming]) if (held) drop(held.entryId);
      reached.drop();
    },
  };
}
