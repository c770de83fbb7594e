/**
 * The pieces of howler's private state the player needs, each looked up and checked at run time:
 * howler 2.2 keeps them as plain fields, and a howler that moves or renames them makes these give up
 * (undefined, false) rather than throw. The unit tests over the real howler (howlerPlayer.element.test.ts)
 * fail if that happens. Nothing here imports howler: a Howl is only an object to look into.
 */

/**
 * The media element howler plays a sound through (`_sounds[n]._node`), or undefined if it cannot be
 * found; seeks are then left to howler's own pause, move and play.
 */
export function mediaElementOf(howl: object, soundId: number): HTMLMediaElement | undefined {
  if (!('_sounds' in howl) || !Array.isArray(howl._sounds)) return undefined;
  const sounds: readonly unknown[] = howl._sounds;
  for (const sound of sounds) {
    if (typeof sound !== 'object' || sound === null || !('_id' in sound) || sound._id !== soundId) continue;
    return '_node' in sound && sound._node instanceof HTMLMediaElement ? sound._node : undefined;
  }
  return undefined;
}

/**
 * The media element of howler's first sound, which howler makes and starts loading as soon as an HTML5
 * Howl is made (`_sounds[0]._node`), before any play; undefined if it cannot be found.
 */
export function loadingElementOf(howl: object): HTMLMediaElement | undefined {
  if (!('_sounds' in howl) || !Array.isArray(howl._sounds)) return undefined;
  const first: unknown = howl._sounds[0];
  if (typeof first !== 'object' || first === null || !('_node' in first)) return undefined;
  return first._node instanceof HTMLMediaElement ? first._node : undefined;
}

/**
 * Lets go of howler's play lock, if a play holds it; says whether one did.
 *
 * howler takes the lock (`_playLock`) when it calls the element's `play()`, and gives it back only when that
 * promise settles; until then its pause, seek, volume and fade wait in its queue. In WebKitGTK a `play()`
 * started at readyState 2 can play while its promise never settles, and the lock is then held for good:
 * the listener's Pause waited in that queue and the clip played on. The lock only spares the page the
 * AbortError a pause gives a `play()` still pending, and the player expects that one (see its
 * `onplayerror`). Only a loaded howl's lock is let go: one still loading holds it while it waits for the
 * element to be ready, and its queue is then howler's own business.
 */
export function releasePlayLock(howl: object, loaded: boolean): boolean {
  if (!loaded || !('_playLock' in howl) || howl._playLock !== true) return false;
  howl._playLock = false;
  return true;
}

/**
 * Puts `element` in howler's pool of media elements (`Howler._html5AudioPool`) when that pool is empty, so
 * that the next Howl takes it; says whether it did. With an empty pool howler makes one itself and first
 * tries a `play()` of another, empty element to see whether the page may play, which before any press is a
 * play() the browser refuses (and a console warning). The element is not marked unlocked, so howler does
 * not keep it for reuse once its Howl is unloaded.
 */
export function lendElement(howler: object, element: HTMLMediaElement): boolean {
  if (!('_html5AudioPool' in howler) || !Array.isArray(howler._html5AudioPool)) return false;
  if (howler._html5AudioPool.length > 0) return false;
  howler._html5AudioPool.push(element);
  return true;
}

/**
 * Fills howler's pool of media elements (`Howler._html5AudioPool`) up to its size (`html5PoolSize`) with
 * elements from `make`, each marked unlocked (`_unlocked`), as howler's own unlock does on the first press
 * after it has made its AudioContext; returns how many it added (0 when the pool cannot be found). Called
 * inside a press, these are elements a mobile browser lets play later without one (the next clip at the
 * end of this one); howler takes new clips' elements from the pool and gives unlocked ones back to it.
 */
export function fillPool(howler: object, make: () => HTMLMediaElement): number {
  if (!('_html5AudioPool' in howler) || !Array.isArray(howler._html5AudioPool)) return 0;
  const pool: unknown[] = howler._html5AudioPool;
  const size =
    'html5PoolSize' in howler && typeof howler.html5PoolSize === 'number' ? howler.html5PoolSize : 0;
  let added = 0;
  while (pool.length < size) {
    pool.push(Object.assign(make(), { _unlocked: true }));
    added += 1;
  }
  return added;
}
