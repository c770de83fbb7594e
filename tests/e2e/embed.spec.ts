import { createServer, type Server } from 'node:http';
import { expect, type FrameLocator, type Page, test } from '@playwright/test';
import { EMBED_HEIGHTS } from '../../src/share/embedCode';
import { testLinks } from '../engines/testTapes';
import v1 from '../fixtures/share-links-v1.json' with { type: 'json' };
import v2 from '../fixtures/share-links-v2.json' with { type: 'json' };
import { scanAxe } from './support/axe';
import { watchMedia } from './support/media';

// The embed player (embed.html) as another site meets it: framed by a page on another origin (this spec's
// own server, on another loopback port than the app's), played by presses in the frame and by the
// host's postMessage commands, and kept from ever touching the visitor's shelf.

interface HostEvent {
  readonly from: string;
  readonly type: string;
  readonly position?: number;
  readonly message?: string;
}

declare global {
  interface Window {
    hostEvents: HostEvent[];
    framesLoaded: string[];
  }
}

/** Host pages by path, written by each test before it opens one. */
const pages = new Map<string, string>();
let host: Server;
let hostOrigin = '';

test.beforeAll(async () => {
  // 4260-4269: this spec's ports, one per worker, beside the app's own port.
  const port = 4260 + (test.info().workerIndex % 10);
  host = createServer((req, res) => {
    const page = pages.get(req.url ?? '');
    res.writeHead(page === undefined ? 404 : 200, { 'Content-Type': 'text/html' });
    res.end(page ?? 'not found');
  });
  // Another origin on the same site: Firefox over BiDi (Playwright 1.64, ESR 153) delivers no clicks into
  // a cross-site frame, which runs in a process of its own. Framing rules and postMessage are per origin.
  await new Promise<void>((done) => host.listen(port, '127.0.0.1', done));
  hostOrigin = `http://127.0.0.1:${port}`;
});

test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

interface Frame {
  readonly id: string;
  readonly src: string;
  readonly width?: number | string;
  readonly height?: number;
}

/** A blog post framing `frames`, recording every `mixtape:` message they post and every frame's load. */
async function openHostPage(page: Page, path: string, frames: readonly Frame[], width = 760): Promise<void> {
  const iframes = frames
    .map(
      (f) =>
        `<iframe id="${f.id}" title="Tape ${f.id}" src="${f.src}" width="${f.width ?? 360}" height="${f.height ?? EMBED_HEIGHTS.compact}" allow="autoplay" onload="framesLoaded.push(this.id)"></iframe>`,
    )
    .join('\n');
  pages.set(
    path,
    `<!doctype html><html lang="en"><head><title>A post about a tape</title>
<style>body{margin:0;font-family:serif}article{max-width:${width}px;margin:0 auto;padding:0 10px}iframe{border:0;display:block;margin:12px 0;max-width:100%}</style>
<script>
window.hostEvents = [];
window.framesLoaded = [];
addEventListener('message', (e) => {
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
  if (frame && typeof e.data?.type === 'string' && e.data.type.startsWith('mixtape:'))
    hostEvents.push({ from: frame.id, ...e.data });
});
</script></head><body><article><h1>Press play below</h1>
${iframes}
</article></body></html>`,
  );
  await page.goto(`${hostOrigin}${path}`);
}

const eventsFrom = (page: Page, id: string) =>
  page.evaluate((from) => window.hostEvents.filter((e) => e.from === from), id);
const typesFrom = async (page: Page, id: string) => (await eventsFrom(page, id)).map((e) => e.type);

/** Posts a command to one frame as a host page would. */
const command = (page: Page, id: string, message: Record<string, unknown>) =>
  page.evaluate(
    ([frame, data]) =>
      (document.getElementById(frame) as HTMLIFrameElement).contentWindow?.postMessage(data, '*'),
    [id, message] as const,
  );

const playKey = (frame: Pick<FrameLocator, 'getByRole'>) =>
  frame.getByRole('button', { name: 'Play', exact: true });
const pauseKey = (frame: Pick<FrameLocator, 'getByRole'>) =>
  frame.getByRole('button', { name: 'Pause', exact: true });

test.beforeEach(async ({ page }) => {
  await watchMedia(page);
});

test('two tapes on a page on another origin: each plays, Play in one pauses the other, the host commands and hears events in order', async ({
  page,
  baseURL,
}) => {
  const quiet = `${baseURL}/embed.html${testLinks(baseURL ?? '').quiet.slice(1)}`;
  await openHostPage(page, '/two.html', [
    { id: 'a', src: quiet },
    { id: 'b', src: `${quiet.split('#')[0]}?theme=dark#${quiet.split('#')[1]}` },
  ]);
  const a = page.frameLocator('#a');
  const b = page.frameLocator('#b');
  await expect.poll(() => typesFrom(page, 'a')).toContain('mixtape:ready');
  await expect.poll(() => typesFrom(page, 'b')).toContain('mixtape:ready');

  await playKey(a).click();
  await expect(pauseKey(a)).toBeVisible();
  await expect.poll(() => typesFrom(page, 'a')).toContain('mixtape:play');
  await expect(a.getByRole('img', { name: /^Cassette “Quiet test tape”, side A, playing/ })).toBeVisible();

  await playKey(b).click();
  await expect.poll(() => typesFrom(page, 'b')).toContain('mixtape:play');
  // The other player stopped for it, and told its host.
  await expect(playKey(a)).toBeVisible();
  await expect.poll(() => typesFrom(page, 'a')).toContain('mixtape:pause');

  await command(page, 'b', { type: 'mixtape:pause' });
  await expect(playKey(b)).toBeVisible();
  await command(page, 'b', { type: 'mixtape:play' });
  await expect(pauseKey(b)).toBeVisible();
  await command(page, 'b', { type: 'mixtape:seek', seconds: 300 });
  await expect
    .poll(async () =>
      (await eventsFrom(page, 'b')).some((e) => e.type === 'mixtape:progress' && (e.position ?? 0) >= 300),
    )
    .toBe(true);
  await command(page, 'b', { type: 'mixtape:next' });
  await expect.poll(() => typesFrom(page, 'b')).toContain('mixtape:trackchange');
  await command(page, 'b', { type: 'mixtape:seek', seconds: 'the end' });
  await expect
    .poll(async () => (await eventsFrom(page, 'b')).find((e) => e.type === 'mixtape:error')?.message)
    .toMatch(/^mixtape:seek: seconds: /);
  await command(page, 'b', { type: 'mixtape:pause' });
  await expect(playKey(b)).toBeVisible();
  await expect.poll(async () => (await typesFrom(page, 'b')).at(-1)).toBe('mixtape:pause');

  // In order: ready first; play and pause alternate; progress only while playing.
  const types = await typesFrom(page, 'b');
  expect(types[0]).toBe('mixtape:ready');
  expect(types.filter((t) => t === 'mixtape:play' || t === 'mixtape:pause')).toEqual([
    'mixtape:play',
    'mixtape:pause',
    'mixtape:play',
    'mixtape:pause',
  ]);
  let playing = false;
  for (const type of types) {
    if (type === 'mixtape:play') playing = true;
    if (type === 'mixtape:pause') playing = false;
    if (type === 'mixtape:progress') expect(playing, `progress while paused: ${types.join(' ')}`).toBe(true);
  }
});

test('the share panel’s embed code, pasted as is into a page on another origin, plays the tape; its preview shows the chosen size', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('textbox', { name: 'Link to this tape' }).inputValue();
  const embed = page.getByRole('button', { name: 'Embed', exact: true });
  await expect(embed).toHaveAttribute('aria-expanded', 'false');
  await embed.click();
  await expect(embed).toHaveAttribute('aria-expanded', 'true');
  const code = page.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(new RegExp(`height="${EMBED_HEIGHTS.compact}"`));
  await page.getByRole('radio', { name: /^With tracklist/ }).check();
  await expect(code).toHaveValue(new RegExp(`height="${EMBED_HEIGHTS.tracklist}"`));
  const pasted = await code.inputValue();
  // The same tape as the link: embed.html beside the app, the link's payload after the #.
  expect(pasted).toContain(`embed.html?tracklist=open#${link.split('#')[1]}`);
  expect(pasted).toMatch(
    /^<iframe title="Juno[^"]* — a tape on Mixtape" [^>]*loading="lazy" allow="autoplay"/,
  );

  // The live preview is that frame, at that size, already showing the tracklist.
  const preview = page.frameLocator('iframe[title^="Preview:"]');
  await expect(preview.getByRole('list', { name: 'Tracklist' }).getByRole('listitem')).toHaveCount(19);
  await expect(page.locator('iframe[title^="Preview:"]')).toHaveAttribute(
    'height',
    String(EMBED_HEIGHTS.tracklist),
  );

  pages.set(
    '/pasted.html',
    `<!doctype html><html lang="en"><head><title>A post</title></head><body><main><h1>Press play below</h1>${pasted}</main></body></html>`,
  );
  await page.goto(`${hostOrigin}/pasted.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('list', { name: 'Tracklist' }).getByRole('listitem')).toHaveCount(19);
  await playKey(frame).click();
  await expect(pauseKey(frame)).toBeVisible();
  await expect(frame.getByRole('img', { name: /^Cassette “Juno[^”]*”, side A, playing/ })).toBeVisible();
});

test('the host cannot start the sound before a press inside the frame', async ({ page, baseURL }) => {
  const quiet = `${baseURL}/embed.html${testLinks(baseURL ?? '').quiet.slice(1)}`;
  await openHostPage(page, '/early.html', [{ id: 'a', src: quiet }]);
  await expect.poll(() => typesFrom(page, 'a')).toContain('mixtape:ready');
  await command(page, 'a', { type: 'mixtape:play' });
  await expect
    .poll(async () => (await eventsFrom(page, 'a')).find((e) => e.type === 'mixtape:error')?.message)
    .toMatch(/waits for a press inside the player/);
  await expect(playKey(page.frameLocator('#a'))).toBeVisible();
  expect(await typesFrom(page, 'a')).not.toContain('mixtape:play');
});

test('framing rules: another origin cannot frame the app, and can frame the embed', async ({
  page,
  baseURL,
  request,
}) => {
  const app = await request.get('/');
  expect(app.headers()['x-frame-options']).toBe('DENY');
  expect(app.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  const embed = await request.get('/embed.html');
  expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();

  const quiet = testLinks(baseURL ?? '').quiet.slice(1);
  await openHostPage(page, '/framing.html', [
    { id: 'app', src: `${baseURL}/${quiet}`, width: 700, height: 400 },
    { id: 'embed', src: `${baseURL}/embed.html${quiet}` },
  ]);
  await expect.poll(() => page.evaluate(() => window.framesLoaded.toSorted())).toEqual(['app', 'embed']);
  await expect(playKey(page.frameLocator('#embed'))).toBeVisible();
  // The app's page never rendered in the frame: the browser showed its own error instead.
  await expect(page.frameLocator('#app').getByRole('heading', { name: 'Mixtape' })).toHaveCount(0);
  expect(
    page.frames().some((f) => f.url().startsWith(`${baseURL}/`) && !f.url().includes('embed.html')),
  ).toBe(false);
});

test('the embed never reads or writes the visitor’s shelf on the app’s origin', async ({ page, baseURL }) => {
  await page.goto('/robots.txt');
  await page.evaluate(() => {
    localStorage.setItem('mixtape:shelf', '{"state":"the visitor’s own shelf","version":0}');
    localStorage.setItem('mixtape:shelf:history', 'kept');
  });
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  await page.goto(`/embed.html${testLinks(baseURL ?? '').quiet.slice(1)}`);
  await playKey(page).click();
  await expect(pauseKey(page)).toBeVisible();
  await page.getByRole('button', { name: 'Next track' }).click();
  await page.getByRole('button', { name: /^Tracklist/ }).click();
  await page.getByRole('button', { name: /^Quiet A/ }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(playKey(page)).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
});

test('links of every version open; a bad link says so plainly', async ({ page }) => {
  for (const link of [v1.links[0], v2.links[0]]) {
    if (!link) throw new Error('no fixture link');
    await page.goto(`/embed.html#${link.payload}`);
    await expect(
      page.getByRole('img', { name: `Cassette “${link.tape.title}”, side A, stopped` }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open in Mixtape (opens in a new tab)' })).toHaveAttribute(
      'href',
      new URL(`/#${link.payload}`, page.url()).href,
    );
  }
  const open = page.getByRole('link', { name: 'Open in Mixtape (opens in a new tab)' });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', 'noopener');

  await page.goto('/embed.html#1thisIsNotATape');
  await expect(page.getByRole('heading', { name: 'This tape can’t be played here' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(/\S/);
  await page.goto('/embed.html');
  await expect(page.getByRole('alert')).toContainText('holds no tape');
});

test('axe finds nothing inside the frame, tracklist shown or not, in both schemes', async ({
  page,
  baseURL,
}) => {
  const link = testLinks(baseURL ?? '').quiet.slice(1);
  for (const theme of ['light', 'dark']) {
    await page.setViewportSize({ width: 360, height: EMBED_HEIGHTS.tracklist });
    await page.goto(`/embed.html?theme=${theme}${link}`);
    await scanAxe(page, `the embed player (${theme})`);
    await page.getByRole('button', { name: /^Tracklist/ }).click();
    await expect(page.getByRole('list', { name: 'Tracklist' })).toBeVisible();
    await scanAxe(page, `the embed player with its tracklist (${theme})`);
  }
});

test("?theme= wins over the visitor's scheme, and without it the scheme decides @media-emulation", async ({
  page,
  baseURL,
}) => {
  const link = testLinks(baseURL ?? '').quiet.slice(1);
  // styles/base.css's paper colour in each scheme: the frame's background.
  const paper = { light: 'rgb(243, 235, 221)', dark: 'rgb(27, 24, 22)' } as const;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const theme of ['light', 'dark', undefined] as const) {
      await page.goto(`/embed.html${theme ? `?theme=${theme}` : ''}${link}`);
      // Firefox over BiDi ignores emulateMedia; its emulated-media project fixes the scheme by preference.
      const visitor = await page.evaluate(() =>
        matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
      );
      await expect(page.locator('body'), `scheme ${visitor}, ?theme=${theme ?? '(none)'}`).toHaveCSS(
        'background-color',
        paper[theme ?? visitor],
      );
    }
  }
});

for (const width of [300, 360, 700]) {
  test(`in a ${width} px frame both heights fit: nothing scrolls sideways, every key shows`, async ({
    page,
    baseURL,
  }, testInfo) => {
    const link = `${baseURL}/embed.html${testLinks(baseURL ?? '').quiet.slice(1)}`;
    const tall = `${link.split('#')[0]}?tracklist=open#${link.split('#')[1]}`;
    await page.setViewportSize({ width: Math.max(width + 40, 400), height: 900 });
    await openHostPage(
      page,
      `/fit-${width}.html`,
      [
        { id: 'compact', src: link, width: '100%', height: EMBED_HEIGHTS.compact },
        { id: 'tall', src: tall, width: '100%', height: EMBED_HEIGHTS.tracklist },
      ],
      width + 20,
    );
    for (const id of ['compact', 'tall']) {
      const frame = page.frameLocator(`#${id}`);
      await expect(playKey(frame)).toBeVisible();
      const controls = [
        frame.getByRole('button', { name: 'Previous track' }),
        playKey(frame),
        frame.getByRole('button', { name: 'Next track' }),
        frame.getByRole('slider', { name: 'Seek' }),
        frame.getByRole('button', { name: /^Tracklist/ }),
        frame.getByRole('link', { name: /^Open in Mixtape/ }),
      ];
      for (const control of controls) await expect(control).toBeInViewport({ ratio: 1 });
      const sideways = await frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(sideways, `${id} at ${width} px`).toBe(0);
    }
    await expect(page.frameLocator('#tall').getByRole('list', { name: 'Tracklist' })).toBeVisible();
    await page.locator('article').screenshot({ path: testInfo.outputPath(`embed-${width}.png`) });
  });
}
