import { type RefObject, useEffect, useState } from 'react';

/**
 * Whether the element `ref` points at has been scrolled wholly off the top of the screen, while the window
 * matches `media` (a CSS media query, e.g. the one-column layout's width). Below the screen's foot does not
 * count: that part of the page is still to come, not left behind. False until the first observation, without
 * IntersectionObserver or matchMedia (jsdom, old browsers), and whenever the query does not match.
 * Both watchers are let go when the component unmounts or its inputs change.
 */
export function useScrolledPast(ref: RefObject<Element | null>, media: string): boolean {
  const [matches, setMatches] = useState(false);
  const [away, setAway] = useState(false);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(media);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [media]);
  useEffect(() => {
    const element = ref.current;
    if (!matches || !element || typeof IntersectionObserver === 'undefined') return;
    // Threshold 0: an entry flips when the first or the last pixel of the element crosses the edge.
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1);
      if (last) setAway(!last.isIntersecting && last.boundingClientRect.top < 0);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      setAway(false);
    };
  }, [ref, matches]);
  return matches && away;
}
