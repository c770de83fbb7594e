/**
 * jsdom lays nothing out, so every rect is 0×0 and dnd-kit cannot tell rows apart. This stacks
 * tracklist rows and side headings 48 px apart in document order, as a browser would.
 */
export function stackTracklistLayout(): () => void {
  const original = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const stacked = [...document.querySelectorAll('.tracklist .track, .tracklist .side-heading')];
    // The drag overlay starts where the dragged row is, as in a browser.
    const me =
      this.closest('.track-overlay') || this.querySelector('.track-overlay')
        ? document.querySelector('.track[data-dragging="true"]')
        : this;
    const i = me ? stacked.indexOf(me) : -1;
    if (i < 0) return original.call(this);
    const top = i * 48;
    return {
      x: 0,
      y: top,
      top,
      left: 0,
      width: 320,
      height: 48,
      right: 320,
      bottom: top + 48,
      toJSON: () => ({}),
    };
  };
  return () => {
    Element.prototype.getBoundingClientRect = original;
  };
}
