import { type RefObject, useEffect } from 'react';

/**
 * Keeps the CSS custom property `property` on the document's root element equal to the height, in CSS
 * pixels, of the element `ref` points at (`0px` while it is empty), so the page can keep room at its foot
 * for something fixed there (messages) and nothing is left under it. Follows the element's size with a
 * ResizeObserver; does nothing where there is none (jsdom, old browsers). The property is removed when the
 * component unmounts.
 */
export function useRoomAtFoot(ref: RefObject<HTMLElement | null>, property: `--${string}`): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() => root.setProperty(property, `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.removeProperty(property);
    };
  }, [ref, property]);
}
