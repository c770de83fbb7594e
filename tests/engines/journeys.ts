import { readFileSync } from 'node:fs';
import { App, button, check, waitFor } from './app';
import type { AppDriver, Target } from './driver';
import { QUIET_A, QUIET_B, testLinks } from './testTapes';

/**
 * The core journeys, written once against AppDriver and run on Chromium, Firefox and WebKit. Each
 * is what a new listener would try on first meeting the app, read back from what the page shows and
 * from the media element's own clock.
 *
 * Journeys that pause, seek and resume play the quiet test tape (testTapes.ts): two silent clips ten
 * minutes long, so however slow a step is on a busy machine, the clip cannot run out and move the tape on
 * while the journey is still looking. Nothing waits for a time to pass: each step waits for a state.
 */
export interface Journey {
  readonly name: string;
  run(driver: AppDriver, baseUrl: string): Promise<void>;
}

const cassette = (state: RegExp): Target => ({ role: 'img', name: state });
const PLAY = button('Play');
const PAUSE = button('Pause');
const ROW: Target = { role: 'listitem', within: { role: 'list', name: /^Side [AB]/ } };

/** Opens the quiet test tape. */
async function openQuiet(driver: AppDriver, baseUrl: string): Promise<App> {
  const app = new App(driver);
  await app.open(testLinks(baseUrl).quiet, 2);
  return app;
}

/** Opens the quiet test tape and presses Play until its first clip is heard past `after` seconds. */
async function hearQuietClip(
  driver: AppDriver,
  baseUrl: string,
  after: number,
): Promise<{ app: App; heard: number }> {
  const app = await openQuiet(driver, baseUrl);
  await app.click(PLAY);
  return { app, heard: await app.expectPlaying(QUIET_A, after) };
}

async function currentRow(app: App): Promise<number> {
  const count = await app.count(ROW);
  for (let i = 0; i < count; i += 1) {
    if ((await app.attribute(ROW, 'aria-current', i)) === 'true') return i + 1;
  }
  return 0;
}

const rowIsCurrent = (app: App, row: number) =>
  waitFor(
    `row ${row} to be current`,
    () => currentRow(app),
    (n) => n === row,
  );

/** The Juno titles by song id, and the golden share links, as the app and its tests ship them. */
const JUNO: { tracks: { id: string; title: string }[] } = JSON.parse(
  readFileSync(new URL('../../src/data/juno.json', import.meta.url), 'utf8'),
);
const GOLDEN: { links: { payload: string; tape: { tracks: { builtIn?: string }[] } }[] } = JSON.parse(
  readFileSync(new URL('../fixtures/share-links-v1.json', import.meta.url), 'utf8'),
);
const titleOf = (id: string | undefined) => JUNO.tracks.find((t) => t.id === id)?.title ?? `?${id}`;

export const JOURNEYS: readonly Journey[] = [
  {
    name: 'opens on the Juno tape, both sides listed, saying the clips are stand-ins',
    async run(driver) {
      const app = new App(driver);
      await app.open();
      await app.waitForVisible(cassette(/^Cassette “Juno”, side A/));
      check((await app.count({ role: 'list', name: /^Side A/ })) === 1, 'side A is listed');
      check((await app.count({ role: 'list', name: /^Side B/ })) === 1, 'side B is listed');
      const titles = await app.titles();
      check(titles[0] === 'All I Want Is You', `track 1 is All I Want Is You, not ${titles[0]}`);
      check(
        (await app.pageText()).includes('These are stand-in clips, not the real recordings.'),
        'the stand-in notice shows',
      );
    },
  },
  {
    name: 'nothing plays before a user gesture; a play without one asks the listener to press Play',
    async run(driver) {
      const app = new App(driver);
      await app.open();
      // The sortable layer arrives at the first idle moment, as the audio engine does: the page has
      // settled, and still nothing has asked to play.
      check((await app.playRequests()) === 0, 'no media element was asked to play before any gesture');
      check((await app.count(PLAY)) === 1, 'the Play button shows');
      // A click dispatched by script carries no user activation.
      await app.scriptClick(PLAY);
      await app.waitForText({ role: 'status' }, 'press Play');
      await app.waitForVisible(PLAY);
      check((await app.playingClip()) === undefined, 'nothing plays after a refused play');
      await app.click(PLAY);
      await app.expectPlaying(/\/clips\/j01\.mp3$/, 0.2);
    },
  },
  {
    name: 'Play makes the clip really play, its clock advancing; Pause stops it',
    async run(driver, baseUrl) {
      const app = await openQuiet(driver, baseUrl);
      await app.click(PLAY);
      await app.waitForVisible(PAUSE);
      const first = await app.expectPlaying(QUIET_A, 0.2);
      await app.expectPlaying(QUIET_A, first + 0.8);
      check((await currentRow(app)) === 1, 'track 1 is the current row');
      await app.waitForVisible(cassette(/side A, playing/));
      await app.click(PAUSE);
      await app.waitForVisible(PLAY);
      await waitFor(
        'the clip to pause',
        () => app.playingClip(),
        (c) => c === undefined,
      );
      await app.waitForVisible(cassette(/side A, (paused|stopped)/));
    },
  },
  {
    name: 'Next moves to track 2 and Previous comes back',
    async run(driver, baseUrl) {
      const { app } = await hearQuietClip(driver, baseUrl, 0);
      await app.click(button('Next track'));
      await app.expectPlaying(QUIET_B, 0.2);
      await rowIsCurrent(app, 2);
      // More than 3 s into a track, Previous restarts it, as on any player. So that no slow step can
      // decide which of the two it does, the track is paused and rewound to its top first.
      await app.click(PAUSE);
      await app.waitForPausedClip('track 2 paused', (c) => QUIET_B.test(c.src));
      await app.click(button('Rewind'));
      await app.waitForPausedClip('track 2 at its top', (c) => QUIET_B.test(c.src) && c.currentTime < 0.1);
      await app.click(button('Previous track'));
      await rowIsCurrent(app, 1);
      await app.click(PLAY);
      await app.expectPlaying(QUIET_A, 0.2);
    },
  },
  {
    name: 'Rewind, Fast forward and the Seek slider’s Home key each move the real clip',
    async run(driver, baseUrl) {
      // Each seek is heard (the clip plays on from where it landed) before the next, as a listener would;
      // seeks in quick succession have a journey of their own.
      const { app, heard: start } = await hearQuietClip(driver, baseUrl, 1);
      await app.click(button('Rewind'));
      // Back to the top: the clock goes back, which playing alone never does.
      const top = await app.waitForClip(
        'the clip rewound to the top',
        (c) => QUIET_A.test(c.src) && c.currentTime < start,
      );
      const heardTop = await app.expectPlaying(QUIET_A, top.currentTime + 0.3);
      const beforeForward = await app.clipClock(QUIET_A);
      await app.click(button('Fast forward'));
      // 10 s on: further than playing alone could take it in the time that passed.
      const ahead = await app.waitForClip(
        'the clip moved 10 s on',
        (c) => QUIET_A.test(c.src) && c.currentTime - beforeForward.at > beforeForward.elapsed() + 5,
      );
      check(ahead.currentTime > heardTop + 8, `the clip is past ${heardTop + 8} s, at ${ahead.currentTime}`);
      const heardAhead = await app.expectPlaying(QUIET_A, ahead.currentTime + 0.3);
      await app.focus({ role: 'slider', name: 'Seek' });
      await app.press('Home');
      const home = await app.waitForClip(
        'the clip back at the top',
        (c) => QUIET_A.test(c.src) && c.currentTime < heardAhead - 5,
      );
      await app.expectPlaying(QUIET_A, home.currentTime + 0.3);
    },
  },
  {
    name: 'Fast forward and the Seek slider’s Home key while paused: Play carries on from the new place',
    async run(driver, baseUrl) {
      const { app } = await hearQuietClip(driver, baseUrl, 0.5);
      await app.click(PAUSE);
      const paused = await app.waitForPausedClip('the clip paused', (c) => QUIET_A.test(c.src));
      await app.click(button('Fast forward'));
      const ahead = await app.waitForPausedClip(
        'the paused clip 10 s on',
        (c) => QUIET_A.test(c.src) && c.currentTime > paused.currentTime + 8,
      );
      await app.click(PLAY);
      await app.waitForVisible(PAUSE);
      await app.expectPlaying(QUIET_A, ahead.currentTime + 0.3);
      await app.click(PAUSE);
      const again = await app.waitForPausedClip('the clip paused again', (c) => QUIET_A.test(c.src));
      await app.focus({ role: 'slider', name: 'Seek' });
      await app.press('Home');
      await app.waitForPausedClip(
        'the paused clip back at the top',
        (c) => QUIET_A.test(c.src) && c.currentTime < 1,
      );
      await app.click(PLAY);
      // From the top, not from where it was paused (10 s in or more).
      await app.waitForClip(
        'the clip playing on from the top',
        (c) => QUIET_A.test(c.src) && c.currentTime > 0.3 && c.currentTime < again.currentTime,
      );
    },
  },
  {
    name: 'held arrow keys on the Seek slider move the clip, and it plays on',
    async run(driver, baseUrl) {
      const { app } = await hearQuietClip(driver, baseUrl, 0.5);
      await app.focus({ role: 'slider', name: 'Seek' });
      // Six presses in a row, as a held key sends them: each is a seek, the next arriving before the last
      // has settled.
      const before = await app.clipClock(QUIET_A);
      await app.press('ArrowRight', 6);
      const ahead = await app.waitForClip(
        'the clip moved on further than playing could take it',
        // Six seconds of seeks, less what each seek spends buffering on a busy machine: 2 s more than
        // playing alone is a margin no unseeked clip can reach.
        (c) => QUIET_A.test(c.src) && c.currentTime - before.at > before.elapsed() + 2,
      );
      await app.expectPlaying(QUIET_A, ahead.currentTime + 0.5);
      const back = await app.clipClock(QUIET_A);
      await app.press('ArrowLeft', 6);
      const behind = await app.waitForClip(
        'the clip moved back',
        // Playing alone keeps the clock at least level with the time that passed; six seconds back
        // leave it behind by more than 3, however long the presses took.
        (c) => QUIET_A.test(c.src) && c.currentTime - back.at < back.elapsed() - 3,
      );
      await app.expectPlaying(QUIET_A, behind.currentTime + 0.5);
    },
  },
  {
    name: 'volume and mute reach the audio',
    async run(driver, baseUrl) {
      const { app } = await hearQuietClip(driver, baseUrl, 0);
      const volume: Target = { role: 'slider', name: 'Volume' };
      await app.focus(volume);
      await app.press('ArrowLeft', 6);
      await app.waitForAttribute(volume, 'aria-valuetext', '50%');
      await waitFor(
        'the clip’s volume to be 0.5',
        () => app.playingClip(),
        (c) => c !== undefined && Math.abs(c.volume - 0.5) < 0.01,
      );
      await app.click(button('Mute'));
      await app.waitForAttribute(button('Mute'), 'aria-pressed', 'true');
      await waitFor(
        'the clip to be muted',
        () => app.playingClip(),
        (c) => c?.muted === true,
      );
    },
  },
  {
    name: 'a clip that fails to load shows a message, is marked unavailable, and the tape moves on',
    async run(driver, baseUrl) {
      const app = new App(driver);
      await app.open(testLinks(baseUrl).missing, 2);
      await app.click(PLAY);
      const alert: Target = { role: 'alert' };
      await app.waitForText(alert, "Couldn't play “Gone Missing” by Nobody");
      await app.waitForText(alert, 'Skipping to the next track');
      await app.expectPlaying(/\/clips\/j14\.mp3$/, 0.2);
      const rows = await app.texts(ROW);
      check(rows[0]?.includes('unavailable') === true, `row 1 says unavailable: ${rows[0]}`);
      await rowIsCurrent(app, 2);
    },
  },
  {
    name: 'a keyboard reorder (Space, arrows, Space) is announced by place, and Undo restores it',
    async run(driver) {
      const app = new App(driver);
      await app.open();
      const said = (text: string) =>
        waitFor(
          `the announcement “${text}”`,
          () => app.liveRegion(),
          (t) => t.includes(text),
        );
      await app.focus(button('Reorder Dearest'));
      await app.press('Space');
      await said('Picked up Dearest, at place 4 of 19, side A');
      await app.press('ArrowUp');
      await said('Dearest moved to place 3 of 19');
      await app.press('ArrowUp');
      await said('Dearest moved to place 2 of 19, side A');
      await app.press('Space');
      await said('Dearest dropped at place 2 of 19');
      await waitFor(
        'Dearest at place 2',
        () => app.titles(),
        (t) => t.slice(0, 3).join('|') === 'All I Want Is You|Dearest|My Rollercoaster',
      );
      await app.click(button('Undo'));
      await waitFor(
        'the Juno order back',
        () => app.titles(),
        (t) => t.slice(0, 4).join('|') === 'All I Want Is You|My Rollercoaster|A Well Respected Man|Dearest',
      );
    },
  },
  {
    name: 'a shared link opens the same tape, in its order, and plays it',
    async run(driver) {
      const link = GOLDEN.links[0];
      if (!link) throw new Error('no golden link');
      const ids = link.tape.tracks.map((t) => t.builtIn);
      const expected = ids.map(titleOf);
      const app = new App(driver);
      await app.open(`/#${link.payload}`);
      await waitFor(
        'the shared notice',
        () => app.pageText(),
        (t) => t.includes('Shared with you.'),
      );
      const titles = await app.titles();
      check(titles.join('|') === expected.join('|'), `the link's order, not ${titles.join(', ')}`);
      await app.click(PLAY);
      await app.expectPlaying(new RegExp(`/clips/${ids[0]}\\.mp3$`), 0.3);
    },
  },
];
