import { type RefObject, useEffect } from 'react';

/** Escape inside a panel closes it; the listener sits on the panel so other panels keep their own. */
export function useEscape(ref: RefObject<HTMLElement | null>, onEscape: () => void): void {
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onEscape();
    };
    node.addEventListener('keydown', onKey);
    return () => node.removeEventListener('keydown', onKey);
  });
}
