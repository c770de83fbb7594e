import { type RefObject, useEffect } from 'react';

/**
 * While `open`, a press (pointerdown: mouse, pen or finger) anywhere outside `inside` calls `onOutside`: a
 * menu closes when the listener taps elsewhere, as menus do on every platform (WAI-ARIA APG, menu button).
 * The toggle that opened it counts as inside, so its own click can close it without reopening it.
 */
export function usePressOutside(
  open: boolean,
  inside: readonly RefObject<HTMLElement | null>[],
  onOutside: () => void,
): void {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (!inside.some((ref) => ref.current?.contains(target))) onOutside();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  });
}
