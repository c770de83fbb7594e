/**
 * Plain JavaScript that every engine installs in the page, as source text so that no build step can
 * rewrite it (it runs in the browser, not in Node). Playwright installs it before any app script
 * (addInitScript); WebDriver classic has no init scripts, so the WebKit driver installs it right after
 * the page loads, which is early enough: the app creates no audio before the first press of Play.
 *
 * It does two things:
 * - MEDIA_RECORDER_SCRIPT, the one in-page media recorder (tests/e2e/support/media.ts installs it too):
 *   records every media element the page asks to play, so tests read the real audio clock, and makes
 *   play() reject with NotAllowedError until a trusted input event, whatever the engine's own autoplay
 *   policy (Chromium under Playwright never refuses);
 * - finds elements by role and accessible name, the same way in every engine.
 */
/**
 * The media recorder: `window.__mixtapeMedia` lists every media element the page asked to play, in order,
 * and `window.__mixtapeMediaEvents` the last 40 media events (for a failing test's message). play()
 * rejects with NotAllowedError, as Chrome and Safari do on a first visit, until a trusted pointerdown,
 * mousedown, keydown, touchend or click (Playwright's and WebDriver's input is trusted; script-dispatched
 * events are not). Installing it twice in one page is harmless: the second does nothing.
 */
export const MEDIA_RECORDER_SCRIPT = `(() => {
  if (window.__mixtapeMedia) return;
  const seen = [];
  window.__mixtapeMedia = seen;
  let activated = false;
  const activate = (event) => {
    if (event.isTrusted) activated = true;
  };
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'touchend', 'click']) {
    window.addEventListener(type, activate, { capture: true });
  }
  // What each media element went through, for the message of a journey that fails.
  const events = [];
  window.__mixtapeMediaEvents = events;
  const started = performance.now();
  const note = (m, what) => {
    const src = (m.currentSrc || m.src).split('/').pop().slice(0, 16);
    events.push(Math.round(performance.now() - started) + 'ms ' + what + ' ' + src + '@' + m.currentTime.toFixed(2) + '/' + m.duration + ' rs' + m.readyState);
    if (events.length > 40) events.shift();
  };
  const watch = (m) => {
    for (const type of ['playing', 'pause', 'ended', 'error', 'emptied', 'seeking', 'seeked', 'waiting', 'canplay', 'canplaythrough']) {
      m.addEventListener(type, () => note(m, type + (m.error ? '(' + m.error.code + ')' : '')));
    }
  };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    if (!seen.includes(this)) {
      seen.push(this);
      watch(this);
    }
    note(this, activated ? 'play()' : 'play() refused');
    if (!activated) {
      return Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
    }
    return play.call(this);
  };
})();`;

export const IN_PAGE_SCRIPT = `${MEDIA_RECORDER_SCRIPT}
${String.raw`(() => {
  if (window.__engine) return;
  const seen = window.__mixtapeMedia;
  const events = window.__mixtapeMediaEvents;
  const ROLES = {
    alert: '[role=alert]',
    button: 'button, [role=button], input[type=button], input[type=submit]',
    img: 'img, [role=img]',
    list: 'ol, ul, [role=list]',
    listitem: 'li, [role=listitem]',
    navigation: 'nav, [role=navigation]',
    radio: 'input[type=radio], [role=radio]',
    region: 'section[aria-label], section[aria-labelledby], [role=region]',
    slider: 'input[type=range], [role=slider]',
    status: '[role=status]',
    textbox: 'input:not([type]), input[type=text], input[type=url], input[type=search], textarea, [role=textbox]',
  };
  const squash = (text) => text.replace(/\s+/g, ' ').trim();
  const contentText = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    if (node.getAttribute('aria-hidden') === 'true') return '';
    if (node.getAttribute('aria-label')) return ' ' + node.getAttribute('aria-label') + ' ';
    return ' ' + [...node.childNodes].map(contentText).join('') + ' ';
  };
  const byIds = (ids) =>
    ids.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map(contentText).join(' ');
  const accessibleName = (el) => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return squash(byIds(labelledBy));
    const label = el.getAttribute('aria-label');
    if (label) return squash(label);
    if (el.labels && el.labels.length > 0) return squash([...el.labels].map(contentText).join(' '));
    if (el.tagName === 'IMG') return squash(el.getAttribute('alt') || '');
    if (['button', 'listitem', 'radio'].some((r) => el.matches(ROLES[r]))) return squash(contentText(el));
    return squash(el.getAttribute('title') || '');
  };
  const visible = (el) =>
    typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
  const matches = (name, wanted) =>
    wanted === undefined ||
    (typeof wanted === 'string' ? name === wanted : new RegExp(wanted.source, wanted.flags).test(name));
  const findAll = (target, scope = document) => {
    const scopes = target.within ? findAll(target.within, scope) : [scope];
    const found = [];
    for (const s of scopes) {
      for (const el of s.querySelectorAll(ROLES[target.role])) {
        if (!found.includes(el) && visible(el) && matches(accessibleName(el), target.name)) found.push(el);
      }
    }
    return found;
  };
  const one = (target) => {
    const found = findAll(target);
    if (found.length !== 1) {
      throw new Error(found.length + ' elements match ' + JSON.stringify(target) + ', expected 1');
    }
    return found[0];
  };
  let marks = 0;
  const isClip = (m) => /\/clips\/|\.mp3|\.m4a|^blob:/.test(m.currentSrc || m.src);

  window.__engine = {
    count: (target) => findAll(target).length,
    /** Tags the one matching element so the driver can hand it to the engine's own click. */
    mark: (target) => {
      const el = one(target);
      marks += 1;
      el.setAttribute('data-engine-target', String(marks));
      return '[data-engine-target="' + marks + '"]';
    },
    focus: (target) => {
      one(target).focus();
      return document.activeElement === one(target);
    },
    /** A click dispatched by script: it carries no user activation, so no browser may play from it. */
    scriptClick: (target) => {
      one(target).click();
      return true;
    },
    attribute: (target, name) => {
      const found = findAll(target);
      return found.length === 1 ? found[0].getAttribute(name) : null;
    },
    nthAttribute: (target, nth, name) => {
      const el = findAll(target)[nth];
      return el ? el.getAttribute(name) : null;
    },
    text: (target) => findAll(target).map((el) => squash(el.textContent || '')),
    pageText: () => squash(document.body.innerText),
    titles: () =>
      findAll({ role: 'list', name: { source: '^Side [AB]', flags: '' } }).flatMap((list) =>
        [...list.querySelectorAll('.track-title')].map((t) => squash(t.textContent || '')),
      ),
    liveRegion: () =>
      [...document.querySelectorAll('[id^="DndLiveRegion"]')].map((r) => squash(r.textContent || '')).join(' '),
    /** Every clip the page asked to play, as the media element itself reports it. */
    media: () =>
      seen.filter(isClip).map((m) => ({
        src: m.currentSrc || m.src,
        currentTime: m.currentTime,
        paused: m.paused,
        volume: m.volume,
        muted: m.muted,
      })),
    /** Every clip, what the app said, and each clip's media events, in one call (one round trip). */
    snapshot: () => ({
      media: window.__engine.media(),
      said: [...findAll({ role: 'alert' }), ...findAll({ role: 'status' })]
        .map((el) => squash(el.textContent || ''))
        .filter(Boolean),
      events: events.slice(),
    }),
    /** How many media elements the page has asked to play, clips or silent unlock sounds alike. */
    playRequests: () => seen.length,
    events: () => events.slice(),
  };
})();`}`;
