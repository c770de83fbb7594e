import { expect, test } from '@playwright/test';
import type { Tape } from '../../src/model/tape';
import type { Persisted } from '../../src/store/persistOptions';
import { serveCatalog, serveDeezer } from './support/catalog';
import { Deck } from './support/deck';
import { playingClip } from './support/media';

const searchBox = (deck: Deck) => deck.page.getByRole('searchbox', { name: 'Search songs' });
const results = (deck: Deck) =>
  deck.page.getByRole('list', { name: 'Songs from iTunes' }).getByRole('listitem');

async function openSearch(deck: Deck) {
  await deck.button('Add songs').click();
  await expect(searchBox(deck)).toBeVisible();
}

test('search “Sea of Love”, hear the preview through the deck, add it to the tape with its store link', async ({
  page,
}) => {
  const catalog = await serveCatalog(page);
  const deck = await Deck.open(page);
  await openSearch(deck);
  // Typed like a person: one search each time typing pauses (300 ms), not one per letter. A busy machine
  // can itself pause between keys, so the pauses are read from the page's own input events.
  await searchBox(deck).evaluate((box) => {
    const times: number[] = [];
    box.addEventListener('input', () => times.push(performance.now()));
    (box as HTMLInputElement & { typedAt?: number[] }).typedAt = times;
  });
  await searchBox(deck).pressSequentially('Sea of Love', { delay: 40 });
  // Four answers: a music video and a song without a preview are not offered.
  await expect(results(deck)).toHaveCount(2);
  const typedAt = await searchBox(deck).evaluate(
    (box) => (box as HTMLInputElement & { typedAt?: number[] }).typedAt ?? [],
  );
  const gaps = typedAt.slice(1).map((t, i) => t - (typedAt[i] ?? t));
  const searches = catalog.calls.filter((u) => u.pathname === '/search');
  expect(typedAt).toHaveLength(11);
  // At most one search per pause of 300 ms, plus one after the last key. No lower bound: on a busy machine
  // a key press waiting in the queue goes before a late debounce timer, so a long gap need not make a
  // search. The exact debounce is unit-tested with fake timers (tests/unit/catalogFlow.test.ts).
  expect(searches.length).toBeGreaterThanOrEqual(1);
  expect(searches.length).toBeLessThanOrEqual(1 + gaps.filter((g) => g >= 280).length);
  expect(searches.at(-1)?.searchParams.get('term')).toBe('Sea of Love');
  expect(catalog.calls[0]?.searchParams.get('entity')).toBe('song');

  const catPower = results(deck).filter({ hasText: 'Cat Power' });
  await expect(catPower).toContainText('The Covers Record');
  // The cover is decorative (alt=""), so it has no role of its own: found by what it shows instead.
  const cover = catPower.locator('img[src*="mzstatic.com"]');
  await expect(cover).toHaveJSProperty('complete', true);
  expect(await cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(catPower.getByRole('link', { name: /Sea of Love on Apple Music/ })).toHaveAttribute(
    'href',
    'https://music.apple.com/us/album/sea-of-love/205683597?i=205683774&uo=4',
  );

  await catPower.getByRole('button', { name: 'Preview Sea of Love by Cat Power' }).click();
  await deck.expectPlaying(/audio-ssl\.itunes\.apple\.com.*\.m4a$/, 1);
  await expect(catPower.getByRole('button', { name: 'Preview Sea of Love by Cat Power' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await catPower.getByRole('button', { name: 'Preview Sea of Love by Cat Power' }).click();
  await expect.poll(async () => (await playingClip(page)) ?? null).toBeNull();

  await catPower.getByRole('button', { name: 'Add to tape: Sea of Love by Cat Power' }).click();
  await expect(deck.rows).toHaveCount(20);
  const added = deck.rows.last();
  await expect(added).toContainText('Sea of Love');
  await expect(added.getByRole('link', { name: /Sea of Love on Apple Music/ })).toBeVisible();

  // Played from the tape, the preview goes through the same engine.
  await added.getByRole('button', { name: /^Sea of Love Cat Power/ }).click();
  await deck.expectPlaying(/audio-ssl\.itunes\.apple\.com/, 1);
  await expect(page.getByRole('region', { name: 'Tape deck' })).toContainText(
    /Now playing · side B Sea of Love Cat Power/,
  );
});

test('a newer query cancels the older one; busy, failing and offline catalogs each get a message', async ({
  page,
  context,
}) => {
  const catalog = await serveCatalog(page);
  const deck = await Deck.open(page);
  await openSearch(deck);

  catalog.slow(/^Kimya/, 3_000);
  await searchBox(deck).fill('Kimya Dawson');
  await expect.poll(() => catalog.calls.length).toBe(1);
  await searchBox(deck).fill('Cat Power');
  await expect(results(deck)).toHaveCount(2);
  await expect(results(deck).filter({ hasNotText: 'Cat Power' })).toHaveCount(0);
  // The slow answer to the first query arrives later and must not replace the newer one.
  await expect.poll(() => catalog.answered.length).toBe(2);
  await expect(results(deck)).toHaveCount(2);
  await expect(results(deck).filter({ hasNotText: 'Cat Power' })).toHaveCount(0);

  catalog.failWith(429);
  await searchBox(deck).fill('Belle and Sebastian');
  await expect(page.getByRole('status').filter({ hasText: 'about 20 searches a minute' })).toBeVisible();
  catalog.failWith(503);
  await searchBox(deck).fill('Mott the Hoople');
  await expect(page.getByRole('status').filter({ hasText: 'not answering (HTTP 503)' })).toBeVisible();
  catalog.failWith(null);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(results(deck)).toContainText('All the Young Dudes');

  await context.setOffline(true);
  await searchBox(deck).fill('The Moldy Peaches');
  await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeVisible();
  await context.setOffline(false);
});

test('when the catalog sends no CORS headers, search falls back to JSONP', async ({ page }) => {
  const catalog = await serveCatalog(page);
  catalog.dropCors(true);
  const deck = await Deck.open(page);
  await openSearch(deck);
  await searchBox(deck).fill('Sea of Love');
  await expect(results(deck)).toHaveCount(2);
  const [fetched, viaScript] = catalog.calls;
  expect(fetched?.searchParams.has('callback')).toBe(false);
  expect(viaScript?.searchParams.get('callback')).toMatch(/^\w+$/);
});

test('“Find real previews” offers a match for every Juno track, and using them plays the real album', async ({
  page,
}) => {
  await serveCatalog(page);
  const deck = await Deck.open(page);
  await deck.button('Find real previews').click();
  const panel = page.getByRole('region', { name: 'Find real previews' });
  await expect(panel.getByRole('status')).toContainText('19 matches to confirm');

  // Heard, then confirmed one by one…
  await panel.getByRole('button', { name: 'Preview Tire Swing by Kimya Dawson' }).click();
  await deck.expectPlaying(/audio-ssl\.itunes\.apple\.com/, 0.5);
  await panel.getByRole('button', { name: 'Use this: Tire Swing by Kimya Dawson, for Tire Swing' }).click();
  await expect(page.getByText('Your tape: every change is saved in this browser.')).toBeVisible();
  await panel.getByRole('button', { name: 'Keep stand-in for Dearest' }).click();
  // …or all at once.
  await panel.getByRole('button', { name: 'Use all 17 matches' }).click();
  await expect(deck.rows.getByRole('link', { name: /on Apple Music/ })).toHaveCount(18);
  await expect(deck.row(4)).not.toContainText('Apple Music');
  await page.getByRole('button', { name: 'Done' }).click();

  await deck
    .row(1)
    .getByRole('button', { name: /^All I Want Is You/ })
    .click();
  await deck.expectPlaying(/audio-ssl\.itunes\.apple\.com/, 1);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(deck.rows.getByRole('link', { name: /on Apple Music/ })).toHaveCount(1);
});

test('a tape of real previews travels as catalog ids: one batched lookup rebuilds it, and offline the friend is told what waits', async ({
  page,
  browser,
  browserName,
}) => {
  await serveCatalog(page);
  const deck = await Deck.open(page);
  await deck.button('Find real previews').click();
  const panel = page.getByRole('region', { name: 'Find real previews' });
  await panel.getByRole('button', { name: 'Use all 19 matches' }).click();
  await panel.getByRole('button', { name: 'Done' }).click();
  const mine = await deck.titles();
  await deck.button('Share').click();
  const link = await page.getByRole('textbox', { name: 'Link to this tape' }).inputValue();
  const path = link.replace(/^https?:\/\/[^/]+/, '');
  // Nineteen songs as ids only: a short link, in the format that knows catalog references.
  expect(path).toMatch(/^\/#2/);
  expect(link.length).toBeLessThan(250);

  const online = await browser.newContext();
  const friend = await online.newPage();
  const friendsCatalog = await serveCatalog(friend);
  const friendsDeck = await Deck.open(friend, path);
  await expect.poll(() => friendsDeck.titles()).toEqual(mine);
  const lookups = friendsCatalog.calls.filter((u) => u.pathname === '/lookup');
  expect(lookups).toHaveLength(1);
  expect(lookups[0]?.searchParams.get('id')?.split(',')).toHaveLength(19);
  await expect(friendsDeck.rows.getByRole('link', { name: /on Apple Music/ })).toHaveCount(19);
  await friendsDeck.button('Play').click();
  await friendsDeck.expectPlaying(/audio-ssl\.itunes\.apple\.com/, 0.5);
  await online.close();

  // The one context here that keeps the service worker: the offline visit needs it.
  const offline = await browser.newContext({ serviceWorkers: 'allow' });
  const traveller = await offline.newPage();
  const catalogRequests: string[] = [];
  traveller.on('request', (request) => {
    if (request.url().startsWith('https://itunes.apple.com/')) catalogRequests.push(request.url());
  });
  await Deck.open(traveller);
  // One visit is enough for the service worker to hold the whole app; then the train leaves the station.
  // The worker, once installed, takes this first visit's page over too: what it loads later comes from it.
  await expect.poll(() => traveller.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await offline.setOffline(true);
  let travellersDeck: Deck;
  if (browserName === 'firefox') {
    // Firefox's emulated offline mode refuses every navigation, even one its service worker would
    // answer, so there the link is pasted into the tab already on Mixtape.
    await traveller.evaluate((hash) => {
      location.hash = hash;
    }, new URL(link).hash);
    travellersDeck = new Deck(traveller);
  } else {
    await traveller.goto('about:blank');
    travellersDeck = await Deck.open(traveller, path);
  }
  await expect(
    traveller
      .getByRole('status')
      .filter({ hasText: '19 tracks from the iTunes catalog wait for a connection' }),
  ).toBeVisible();
  await expect(travellersDeck.rows.filter({ hasText: 'details on the way' })).toHaveCount(19);
  expect(catalogRequests).toEqual([]);
  // The catalog is answered from fixtures only from here: in Firefox, a routed page that is offline
  // cannot reach its own service worker either.
  const travellersCatalog = await serveCatalog(traveller);
  await offline.setOffline(false);
  await expect.poll(() => travellersDeck.titles()).toEqual(mine);
  expect(travellersCatalog.calls.filter((u) => u.pathname === '/lookup')).toHaveLength(1);
  await offline.close();
});

test('a link with 60 Deezer songs fills in completely, and a song Deezer throttles fills in after a pause', async ({
  page,
  browser,
}) => {
  // Case r10's three ids first, then 57 more: more than Deezer takes in 5 s (50 requests).
  const ids = ['3135556001', '3135556002', '3135556003'];
  for (let n = 0; ids.length < 60; n += 1) ids.push(String(3_135_557_000 + n));
  const names = ['Paper Lanterns', 'Sleeper Car', ...ids.slice(2).map((id) => `Song ${id}`)];
  const tape: Tape = {
    id: 'deezer-60',
    title: 'Sixty from Deezer',
    tracks: ids.map((id, n) => ({
      id: `d${n}`,
      songId: `deezer:${id}`,
      title: names[n] ?? id,
      artist: 'The Band',
      // Signed until 2100, so the sender's own copy is never looked up again.
      previewUrl: `https://cdnt-preview.dzcdn.net/api/1/1/${id}.mp3?hdnea=exp=4102444800~acl=*~hmac=00`,
      format: 'mp3',
      clipSeconds: 30,
      source: 'catalog',
    })),
    sideBStart: 30,
    colors: { shell: '#1d3557', label: '#f1faee' },
    length: 'C90',
  };
  const state: Persisted = {
    shelf: { tapes: [tape], activeId: tape.id, deleted: {} },
    prefs: { volume: 0.8, muted: false, repeat: 'off', crossfade: 0, deckSounds: false },
  };
  await page.addInitScript(
    (stored) => {
      if (!localStorage.getItem('mixtape:shelf')) localStorage.setItem('mixtape:shelf', stored);
    },
    JSON.stringify({ state, version: 2 }),
  );
  await serveDeezer(page);
  const deck = await Deck.open(page, '/', 60);
  await deck.button('Share').click();
  const link = await page.getByRole('textbox', { name: 'Link to this tape' }).inputValue();
  const path = link.replace(/^https?:\/\/[^/]+/, '');

  const context = await browser.newContext();
  const friend = await context.newPage();
  const deezer = await serveDeezer(friend);
  // The third answers with the quota error until the test has seen the others fill in around it.
  deezer.hold('3135556003');
  const friendsDeck = await Deck.open(friend, path, 60);
  await expect(friendsDeck.row(1)).toContainText('Paper Lanterns');
  await expect(friendsDeck.row(2)).toContainText('Sleeper Car');
  await expect(friendsDeck.row(3)).toContainText('details on the way');
  await expect(
    friend.getByRole('status').filter({ hasText: 'The Deezer catalog asks us to slow down' }),
  ).toBeVisible();
  await expect(friend.getByRole('status').filter({ hasText: 'wait for a connection' })).toHaveCount(0);
  const asked = deezer.requests.filter((r) => r.id === '3135556003').length;

  deezer.release('3135556003');
  await expect(friendsDeck.row(3)).toContainText('Song 3135556003');
  expect(deezer.requests.filter((r) => r.id === '3135556003').length).toBeGreaterThan(asked);
  await expect.poll(() => friendsDeck.titles()).toEqual(names);
  await expect(friendsDeck.rows.filter({ hasText: 'details on the way' })).toHaveCount(0);
  // Paced under Deezer's limit: never more than 50 requests reached it in any 5 s.
  const times = deezer.requests.map((r) => r.at);
  for (const at of times)
    expect(times.filter((t) => t >= at && t < at + 5_000).length).toBeLessThanOrEqual(50);
  await context.close();
});
