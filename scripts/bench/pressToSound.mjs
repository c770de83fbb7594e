#!/usr/bin/env node
// From a press to sound, as a listener feels it: the time from a capture-phase `click` listener to the
// media element's next `playing` event, on the production build (dist/). Rounds are fresh browser
// contexts (nothing cached, no element warm). Chromium measures five presses a round: the first Play,
// Play after Pause, Next track, and a row of the tracklist pressed at once and pressed after the pointer
// rested on it (what a hand does, and what lets the row's clip load ahead); Firefox ESR the first Play. A last
// Chromium context presses Next 20 times and counts the media elements still alive.
//
// The page keeps a first visit's autoplay policy (Playwright's Chromium starts with user activation, so
// here play() is refused until a trusted press, as in tests/e2e/support/media.ts), and the bench reports
// any play() or AudioContext asked for before the first press: both must stay at none.
//
// PRESS_BEFORE=dir measures an older build (say, main's) in the same run, rounds alternating, and prints
// both side by side (PRESS_AFTER=dir serves the newer build from a copy, not dist/). PRESS_ROUNDS
// (default 7) sets the rounds; PRESS_PORT the port (default 4182).
// Run by tsx (it reuses the end-to-end tests' PulseAudio sink, which Firefox needs to play).
import { firefox } from '@playwright/test';
import { startAudioSink } from '../../tests/engines/audioSink.ts';
import { launchChromium, startPreview } from './browser.mjs';

const ROUNDS = Math.max(1, Number(process.env.PRESS_ROUNDS ?? 7));
const PORT = Number(process.env.PRESS_PORT ?? 4182);
const NEXT_PRESSES = 20;
/** How long the pointer rests on a row before its press, at most: a hand takes 100–300 ms or more. */
const ROW_REST_MS = 1000;
const PLAY = { name: 'Play', exact: true };

/** Installed before the app's scripts: the press and sound log, and the first visit's autoplay policy. */
function instrument() {
  const log = { clicks: [], playing: [], pauses: 0, early: [], made: [], events: [] };
  window.__press = log;
  let pressed = false;
  const press = (event) => {
    if (event.isTrusted) pressed = true;
  };
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'touchend', 'click'])
    window.addEventListener(type, press, { capture: true });
  window.addEventListener('click', () => log.clicks.push(performance.now()), { capture: true });

  const watched = new WeakSet();
  const watch = (element) => {
    if (watched.has(element)) return element;
    watched.add(element);
    log.made.push(new WeakRef(element));
    element.addEventListener('playing', () =>
      log.playing.push({ t: performance.now(), src: element.currentSrc }),
    );
    element.addEventListener('pause', () => {
      log.pauses += 1;
    });
    // Where the time goes, for PRESS_DEBUG.
    for (const type of [
      'loadstart',
      'emptied',
      'loadedmetadata',
      'canplay',
      'canplaythrough',
      'play',
      'playing',
      'waiting',
      'seeking',
      'seeked',
    ])
      element.addEventListener(type, () =>
        log.events.push(`${type} ${Math.round(performance.now())} ${element.currentSrc.slice(-8)}`),
      );
    return element;
  };
  const NativeAudio = window.Audio;
  // A function declaration, not an arrow: howler calls `new Audio()`, and an arrow is no constructor
  // (with one, howler found no audio at all and no press ever sounded).
  function watchedAudio(src) {
    return watch(src === undefined ? new NativeAudio() : new NativeAudio(src));
  }
  watchedAudio.prototype = NativeAudio.prototype;
  window.Audio = watchedAudio;
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (name, options) {
    const element = createElement.call(this, name, options);
    return element instanceof HTMLMediaElement ? watch(element) : element;
  };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    watch(this);
    log.events.push(`play() ${Math.round(performance.now())} ${this.currentSrc.slice(-8)}`);
    if (!pressed) {
      log.early.push(`play() of ${this.currentSrc || this.src || 'an empty element'}`);
      return Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
    }
    return play.call(this);
  };
  for (const name of ['AudioContext', 'webkitAudioContext']) {
    const Native = window[name];
    if (typeof Native !== 'function') continue;
    window[name] = class extends Native {
      constructor(...args) {
        const from = Math.round(performance.now());
        super(...args);
        log.events.push(`${name} ${from}–${Math.round(performance.now())}`);
        if (!pressed) log.early.push(`an ${name}`);
      }
    };
  }
}

/**
 * Milliseconds from the click to the first `playing` of a clip after it; waits for that event. A press
 * that brings no sound within 30 s (a hang guard) counts as Infinity, and its event log is printed.
 */
async function pressToPlaying(page, press) {
  const clicks = await page.evaluate(() => window.__press.clicks.length);
  const logged = await page.evaluate(() => window.__press.events.length);
  await press();
  try {
    const handle = await page.waitForFunction(
      (n) => {
        const log = window.__press;
        const at = log.clicks[n];
        if (at === undefined) return undefined;
        const heard = log.playing.find((p) => p.t >= at && /\/clips\//.test(p.src));
        return heard ? heard.t - at : undefined;
      },
      clicks,
      { timeout: 30_000 },
    );
    const heard = await handle.jsonValue();
    if (process.env.PRESS_DEBUG)
      console.log(
        `  ${heard.toFixed(1)} ms, click at ${Math.round(await page.evaluate((n) => window.__press.clicks[n], clicks))}:`,
        // The first press shows what came before it too: how far the clip had loaded.
        await page.evaluate((n) => window.__press.events.slice(n).join(', '), clicks === 0 ? 0 : logged),
      );
    return heard;
  } catch (error) {
    if (error?.name !== 'TimeoutError') throw error;
    console.log(
      `  no sound 30 s after a press: ${await page.evaluate(() => window.__press.events.join(', '))}`,
    );
    return Number.POSITIVE_INFINITY;
  }
}

/** Resolves once no request of the page's has been open for half a second (5 s at most, a hang guard). */
function quiet(page) {
  const { net } = page;
  return new Promise((resolve) => {
    const started = Date.now();
    const check = () => {
      const now = Date.now();
      if ((net.open === 0 && now - net.last >= 500) || now - started > 5000) resolve();
      else setTimeout(check, 50);
    };
    check();
  });
}

/** The page as a listener finds it before pressing: drawn, the audio code in, idle, the network quiet. */
async function settle(page) {
  await page.getByRole('button', PLAY).waitFor();
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => /startAudio/.test(e.name) && e.responseEnd > 0),
  );
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  await quiet(page);
}

async function open(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // Requests under way, for quiet(): Playwright's own networkidle holds only for the first load.
  const net = { open: 0, last: Date.now() };
  page.net = net;
  page.on('request', () => {
    net.open += 1;
    net.last = Date.now();
  });
  for (const type of ['requestfinished', 'requestfailed'])
    page.on(type, () => {
      net.open -= 1;
      net.last = Date.now();
    });
  await page.addInitScript(instrument);
  await page.goto(url);
  return { context, page };
}

async function early(page) {
  return page.evaluate(() => window.__press.early);
}

/** One Chromium round: the four presses in a fresh context. */
async function chromiumRound(browser, url) {
  const { context, page } = await open(browser, url);
  try {
    await settle(page);
    const first = await pressToPlaying(page, () => page.getByRole('button', PLAY).click());
    // A first press that never sounded leaves nothing to pause: the round counts its presses as silent.
    const silent = Number.POSITIVE_INFINITY;
    if (first === silent)
      return {
        first,
        resumed: silent,
        next: silent,
        row: silent,
        rowRested: silent,
        early: await early(page),
      };
    const pauses = await page.evaluate(() => window.__press.pauses);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.waitForFunction((n) => window.__press.pauses > n, pauses);
    const resumed = await pressToPlaying(page, () => page.getByRole('button', PLAY).click());
    // The next clip preloads once the current one has loaded: a listener presses Next after that.
    await quiet(page);
    const next = await pressToPlaying(page, () =>
      page.getByRole('button', { name: 'Next track', exact: true }).click(),
    );
    await quiet(page);
    const rows = page.getByRole('region', { name: 'Tracklist' }).locator('.track-play');
    // Pressed at once: the pointer arrives and presses in the same few milliseconds.
    const row = await pressToPlaying(page, () => rows.nth(6).click());
    await quiet(page);
    // As a hand does it: the pointer comes to rest on the row, and presses once what that set off is done
    // (a build that loads nothing ahead asks for nothing: it gets ROW_REST_MS to do so).
    const rested = rows.nth(9);
    await rested.hover();
    await page.waitForRequest(/\/clips\/j10\.mp3$/, { timeout: ROW_REST_MS }).catch(() => undefined);
    await quiet(page);
    const rowRested = await pressToPlaying(page, () => rested.click());
    return { first, resumed, next, row, rowRested, early: await early(page) };
  } finally {
    await context.close();
  }
}

/** The first Play pressed the moment the button shows: the audio code may not have arrived yet. */
async function coldRound(browser, url) {
  const { context, page } = await open(browser, url);
  try {
    const first = await pressToPlaying(page, () => page.getByRole('button', PLAY).click());
    return { first, early: await early(page) };
  } finally {
    await context.close();
  }
}

async function firstPlayRound(browser, url) {
  const { context, page } = await open(browser, url);
  try {
    await settle(page);
    const first = await pressToPlaying(page, () => page.getByRole('button', PLAY).click());
    return { first, early: await early(page) };
  } finally {
    await context.close();
  }
}

/** Media elements alive after Play and 20 presses of Next, each waited out until it sounds. */
async function elementsAfterNexts(browser, url) {
  const { context, page } = await open(browser, url);
  try {
    await settle(page);
    await pressToPlaying(page, () => page.getByRole('button', PLAY).click());
    // Round and round the tape: it has fewer than 20 tracks.
    await page.getByRole('button', { name: 'Repeat: off', exact: true }).click();
    for (let n = 0; n < NEXT_PRESSES; n += 1)
      await pressToPlaying(page, () => page.getByRole('button', { name: 'Next track', exact: true }).click());
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    // Awaited here: returned unsettled, the finally below closed the page under it.
    return await page.evaluate(() => {
      const alive = window.__press.made.map((r) => r.deref()).filter((m) => m !== undefined);
      return {
        made: window.__press.made.length,
        alive: alive.length,
        holding: alive.filter((m) => /\/clips\//.test(m.currentSrc)).length,
      };
    });
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`.padStart(7);
const figure = (xs) =>
  xs.length === 0 ? 'not measured' : `${ms(median(xs))} median, ${ms(Math.max(...xs))} max`;

const builds = process.env.PRESS_BEFORE
  ? [
      { name: 'before', dir: process.env.PRESS_BEFORE, port: PORT + 1 },
      { name: 'after', dir: process.env.PRESS_AFTER ?? 'dist', port: PORT },
    ]
  : [{ name: 'this build', dir: 'dist', port: PORT }];
const stopSink = await startAudioSink(() => {});
const previews = [];
try {
  for (const build of builds) {
    const preview = await startPreview(build.port, build.dir);
    previews.push(preview);
    build.url = preview.url;
    build.chromium = [];
    build.cold = [];
    build.firefox = [];
    build.early = new Set();
  }
  const chromium = await launchChromium();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const build of builds) {
      const r = await chromiumRound(chromium, build.url);
      build.chromium.push(r);
      const c = await coldRound(chromium, build.url);
      build.cold.push(c.first);
      for (const e of [...r.early, ...c.early]) build.early.add(e);
    }
  }
  const quick = Boolean(process.env.PRESS_QUICK);
  for (const build of builds) {
    // A page that crashes here (seen under a load average of 25) costs this one figure, not the run's.
    build.elements = quick
      ? null
      : await elementsAfterNexts(chromium, build.url).catch((error) => {
          console.log(`  media elements after ${NEXT_PRESSES} Next presses: not counted (${error.message})`);
          return null;
        });
  }
  await chromium.close();

  const ff = await firefox.launch({
    channel: 'moz-firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    firefoxUserPrefs: {
      'media.autoplay.default': 1,
      ...(process.env.MIXTAPE_AUDIO_SINK === 'mock' ? { 'media.cubeb.force_mock_context': true } : {}),
    },
  });
  for (let round = 0; round < (quick ? 0 : ROUNDS); round += 1) {
    for (const build of builds) {
      const r = await firstPlayRound(ff, build.url);
      build.firefox.push(r.first);
      for (const e of r.early) build.early.add(e);
    }
  }
  await ff.close();
} finally {
  for (const preview of previews) preview.stop();
  await stopSink();
}

console.log(
  `\nPress to sound (production build, local; click → the clip's first playing event; ${ROUNDS} fresh contexts each)`,
);
const rows = [
  ['first Play (Chromium)', (b) => b.chromium.map((r) => r.first)],
  ['first Play at once (Chromium)', (b) => b.cold],
  ['Play after Pause (Chromium)', (b) => b.chromium.map((r) => r.resumed)],
  ['Next track (Chromium)', (b) => b.chromium.map((r) => r.next)],
  ['row, pressed at once (Chromium)', (b) => b.chromium.map((r) => r.row)],
  ['row, pointer at rest (Chromium)', (b) => b.chromium.map((r) => r.rowRested)],
  ['first Play (Firefox ESR)', (b) => b.firefox],
];
console.log(`  ${''.padEnd(34)}${builds.map((b) => b.name.padEnd(28)).join('')}`);
for (const [label, pick] of rows)
  console.log(`  ${label.padEnd(34)}${builds.map((b) => figure(pick(b)).padEnd(28)).join('')}`);
console.log(
  '  (goal: first Play within 50 ms median, every later press within 30 ms; "at once" is pressed as',
);
console.log(
  '  soon as Play shows, before the page is idle; the others once the page is idle and the network quiet;\n' +
    '  "at rest": the pointer rests on the row until what that sets off has loaded, at most 1 s, then presses)',
);
for (const b of builds) {
  const e = b.elements;
  console.log(
    e
      ? `  ${b.name}: after Play and ${NEXT_PRESSES} Next presses, ${e.alive} media elements alive (of ${e.made} made), ${e.holding} holding a clip`
      : `  ${b.name}: media elements after ${NEXT_PRESSES} Next presses not counted`,
  );
}
console.log(
  '  (howler keeps up to html5PoolSize = 10 unlocked idle elements for reuse; the engine holds at most three\n' +
    '  clips: the current one, the next, and the one the pointer or focus rests on)',
);
for (const b of builds)
  console.log(
    `  ${b.name}: before the first press: ${b.early.size ? [...b.early].join('; ') : 'no play(), no AudioContext'}`,
  );
