import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { App, button, check, waitFor } from './app';
import type { AppDriver, Target } from './driver';

/**
 * The core journeys, written once against AppDriver and run on Chromium, Firefox and WebKit. Each
 * is what a new listener would try on first meeting the app, read back from what the page shows and
 * from the media element's own clock.
 */
export interface Journey {
  readonly name: string;
  run(driver: AppDriver, baseUrl: string): Promise<void>;
}

const cassette = (state: RegExp): Target => ({ role: 'img', name: state });
const PLAY = button('Play');
const PAUSE = button('Pause');
const ROW: Target = { role: 'listitem', within: { role: 'list', name: /^Side [AB]/ } };

const J01 = /\/j01\.mp3$/;

/** Opens the Juno tape and presses Play until the first clip is heard past `after` seconds. */
async function hearFirstClip(driver: AppDriver, after: number): Promise<{ app: App; heard: number }> {
  const app = new App(driver);
  await app.open();
  await app.click(PLAY);
  return { app, heard: await app.expectPlaying(J01, after) };
}

async function currentRow(app: App): Promise<number> {
  const count = await app.count(ROW);
  for (let i = 0; i < count; i += 1) {
    if ((await app.attribute(ROW, 'aria-current', i)) === 'true') return i + 1;
  }
  return 0;
}

/** The Juno titles by song id, and the golden share links, as the app and its tests ship them. */
const JUNO: { tracks: { id: string; title: string }[] } = JSON.parse(
  readFileSync(new URL('../../src/data/juno.json', import.meta.url), 'utf8'),
);
const GOLDEN: { links: { payload: string; tape: { tracks: { builtIn?: string }[] } }[] } = JSON.parse(
  readFileSync(new URL('../fixtures/share-links-v1.json', import.meta.url), 'utf8'),
);
const titleOf = (id: string | undefined) => JUNO.tracks.find((t) => t.id === id)?.title ?? `?${id}`;

/** A link to a tape whose first clip answers 404 on the app's own server, then a clip that plays. */
function linkWithMissingClip(baseUrl: string): string {
  const made = spawnSync(
    process.execPath,
    ['--import', 'tsx', new URL('./missingClipLink.ts', import.meta.url).pathname, baseUrl],
    { encoding: 'utf8', timeout: 30_000 },
  );
  if (made.status !== 0 || !made.stdout.startsWith('/#')) {
    throw new Error(`could not make the link: ${made.stderr || made.stdout}`);
  }
  return made.stdout;
}

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
    name: 'Play makes the first clip really play, its clock advancing; Pause stops it',
    async run(driver) {
      const app = new App(driver);
      await app.open();
      await app.click(PLAY);
      await app.waitForVisible(PAUSE);
      const first = await app.expectPlaying(/\/clips\/j01\.mp3$/, 0.2);
      await app.expectPlaying(/\/clips\/j01\.mp3$/, first + 0.8);
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
    async run(driver) {
      const app = new App(driver);
      await app.open();
      await app.click(PLAY);
      await app.expectPlaying(/\/j01\.mp3$/);
      await app.click(button('Next track'));
      await app.expectPlaying(/\/j02\.mp3$/, 0.2);
      await waitFor(
        'row 2 to be current',
        () => currentRow(app),
        (n) => n === 2,
      );
      // More than 3 s into a track, Previous restarts it, as on any player; on a slow machine this journey
      // can be past that, so it goes back to the top of track 2 first (Rewind is 10 s).
      await app.click(button('Rewind'));
      await app.click(button('Previous track'));
      await app.expectPlaying(/\/j01\.mp3$/);
      await waitFor(
        'row 1 to be current',
        () => currentRow(app),
        (n) => n === 1,
      );
    },
  },
  {
    name: 'Rewind, Fast forward and the Seek slider’s Home key each move the real clip',
    async run(driver) {
      // Each seek is heard (the clip plays on from where it landed) before the next, as a listener would;
      // seeks in quick succession have a journey of their own.
      const { app, heard: start } = await hearFirstClip(driver, 1);
      await app.click(button('Rewind'));
      // Back to the top: the clock goes back, which playing alone never does.
      const top = await app.waitForClip(
        'the clip rewound to the top',
        (c) => J01.test(c.src) && c.currentTime < start,
      );
      const heardTop = await app.expectPlaying(J01, top.currentTime + 0.3);
      await app.click(button('Fast forward'));
      // 10 s on, sooner than playing could get there.
      const ahead = await app.expectPlaying(J01, heardTop + 8, 6_000);
      const heardAhead = await app.expectPlaying(J01, ahead + 0.3);
      await app.focus({ role: 'slider', name: 'Seek' });
      await app.press('Home');
      const home = await app.waitForClip(
        'the clip back at the top',
        (c) => J01.test(c.src) && c.currentTime < heardAhead - 5,
      );
      await app.expectPlaying(J01, home.currentTime + 0.3);
    },
  },
  {
    name: 'Fast forward and the Seek slider’s Home key while paused: Play carries on from the new place',
    async run(driver) {
      const { app } = await hearFirstClip(driver, 0.5);
      await app.click(PAUSE);
      const paused = await app.waitForPausedClip('the clip paused', (c) => J01.test(c.src));
      await app.click(button('Fast forward'));
      const ahead = await app.waitForPausedClip(
        'the paused clip 10 s on',
        (c) => J01.test(c.src) && c.currentTime > paused.currentTime + 8,
      );
      await app.click(PLAY);
      await app.waitForVisible(PAUSE);
      await app.expectPlaying(J01, ahead.currentTime + 0.3);
      await app.click(PAUSE);
      await app.waitForPausedClip('the clip paused again', (c) => J01.test(c.src));
      await app.focus({ role: 'slider', name: 'Seek' });
      await app.press('Home');
      await app.waitForPausedClip(
        'the paused clip back at the top',
        (c) => J01.test(c.src) && c.currentTime < 1,
      );
      await app.click(PLAY);
      // From the top, not from where it was paused.
      await app.waitForClip(
        'the clip playing on from the top',
        (c) => J01.test(c.src) && c.currentTime > 0.3 && c.currentTime < 5,
      );
    },
  },
  {
    name: 'held arrow keys on the Seek slider move the clip, and it plays on',
    async run(driver) {
      const { app } = await hearFirstClip(driver, 0.5);
      await app.focus({ role: 'slider', name: 'Seek' });
      // Six presses in a row, as a held key sends them: each is a seek, the next arriving before the last
      // has settled.
      const before = await app.clipClock(J01);
      await app.press('ArrowRight', 6);
      const ahead = await app.waitForClip(
        'the clip moved on further than playing could take it',
        // Six seconds of seeks, less what each seek spends buffering on a busy machine: 2 s more than
        // playing alone is a margin no unseeked clip can reach.
        (c) => J01.test(c.src) && c.currentTime - before.at > before.elapsed() + 2,
      );
      await app.expectPlaying(J01, ahead.currentTime + 0.5);
      const back = await app.clipClock(J01);
      await app.press('ArrowLeft', 6);
      const behind = await app.waitForClip(
        'the clip moved back',
        (c) => J01.test(c.src) && c.currentTime < back.at - 3,
      );
      await app.expectPlaying(J01, behind.currentTime + 0.5);
    },
  },
  {
    name: 'volume and mute reach the audio',
    async run(driver) {
      const app = new App(driver);
      await app.open();
      await app.click(PLAY);
      await app.expectPlaying(/\/j01\.mp3$/);
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
      await app.open(linkWithMissingClip(baseUrl), 2);
      await app.click(PLAY);
      const alert: Target = { role: 'alert' };
      await app.waitForText(alert, "Couldn't play “Gone Missing” by Nobody");
      await app.waitForText(alert, 'Skipping to the next track');
      await app.expectPlaying(/\/clips\/j14\.mp3$/, 0.2);
      const rows = await app.texts(ROW);
      check(rows[0]?.includes('unavailable') === true, `row 1 says unavailable: ${rows[0]}`);
      await waitFor(
        'row 2 to be current',
        () => currentRow(app),
        (n) => n === 2,
      );
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
