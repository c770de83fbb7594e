import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Deck } from './support/deck';
import { fileSavedBy } from './support/download';

test('importing a real-world M3U8 makes a new tape; exporting writes a playlist; a broken file changes nothing', async ({
  page,
}) => {
  await page.route('https://**', (route) => route.fulfill({ status: 404 }));
  const deck = await Deck.open(page);
  const shelf = page.getByRole('navigation', { name: 'Your tapes' });

  await page.getByLabel('Import playlist').setInputFiles('tests/fixtures/playlists/iptv.m3u8');
  await expect(page.getByRole('status').filter({ hasText: /Imported “.+” as a new tape/ })).toBeVisible();
  await expect(page.getByText('Your tape: every change is saved in this browser.')).toBeVisible();
  const imported = await deck.rows.count();
  expect(imported).toBeGreaterThan(0);
  await expect(shelf.getByRole('button', { name: /^Café Sessions ☕/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  const shelfSize = await shelf.getByRole('button').count();

  await deck.button('Export').click();
  const file = await fileSavedBy(page, () => page.getByRole('button', { name: /^XSPF/ }).click());
  expect(file.name).toMatch(/\.xspf$/);
  const xml = file.text;
  expect(xml).toContain('<playlist version="1" xmlns="http://xspf.org/ns/0/">');
  expect(xml.match(/<track>/g)).toHaveLength(imported);

  await page.getByLabel('Import playlist').setInputFiles({
    name: 'broken.xspf',
    mimeType: 'application/xspf+xml',
    buffer: Buffer.from('<playlist><trackList><track><location>https://a.example/x.mp3'),
  });
  await expect(page.getByRole('alert')).toContainText('Couldn’t import “broken.xspf”');
  await expect(page.getByRole('alert')).toContainText('Your tapes are untouched.');
  await expect(shelf.getByRole('button')).toHaveCount(shelfSize);
  expect(await deck.rows.count()).toBe(imported);
});

test('a Winamp file in Windows-1252 keeps its accents; an HLS manifest is refused and changes nothing (issue 13)', async ({
  page,
}) => {
  await page.route('https://**', (route) => route.fulfill({ status: 404 }));
  const deck = await Deck.open(page);
  const shelf = page.getByRole('navigation', { name: 'Your tapes' });

  // The bytes go through the browser's own File and TextDecoder, which the unit tests stand in for.
  await page.getByLabel('Import playlist').setInputFiles('tests/fixtures/real-world/r02-winamp-cp1252.m3u');
  await expect(
    page.getByRole('status').filter({ hasText: /Imported “.+” as a new tape: 3 tracks/ }),
  ).toBeVisible();
  await expect(deck.rows).toHaveCount(3);
  expect(await deck.titles()).toEqual(['Été à Paris', 'Straße nach Süden', 'Don’t Look Back']);
  await expect(deck.row(1)).toContainText('Zoë Brontë');
  const shelfSize = await shelf.getByRole('button').count();

  await page.getByLabel('Import playlist').setInputFiles('tests/fixtures/real-world/r04-hls-master.m3u8');
  await expect(page.getByRole('alert')).toContainText(
    'Couldn’t import “r04-hls-master.m3u8”: This is a streaming (HLS) manifest, not a list of songs',
  );
  await expect(page.getByRole('alert')).toContainText('Your tapes are untouched.');
  await expect(shelf.getByRole('button')).toHaveCount(shelfSize);
  await expect(deck.rows).toHaveCount(3);
});

test('a playlist whose addresses have no audio extension plays every track (issue 13, r01)', async ({
  page,
}) => {
  // A home media server's addresses: a script, a bare path, a file. Each answers with real MP3 bytes.
  const mp3 = readFileSync('public/clips/j01.mp3');
  await page.route(/^https:\/\/(music|cdn)\.example\.net\//, (route) =>
    route.fulfill({ status: 200, contentType: 'audio/mpeg', body: mp3 }),
  );
  const deck = await Deck.open(page);
  await page.getByLabel('Import playlist').setInputFiles('tests/fixtures/real-world/r01-no-extension.m3u');
  await expect(page.getByRole('status').filter({ hasText: /Imported “.+” as a new tape/ })).toBeVisible();
  await expect(deck.rows).toHaveCount(3);
  const addresses = [/play\.php\?id=1182/, /\/tracks\/7731\/audio$/, /\/lighthouse\.mp3$/];
  for (const [i, address] of addresses.entries()) {
    await deck
      .row(i + 1)
      .locator('.track-play')
      .click();
    // Read from the media elements themselves (clipMedia knows clips by their extensions, which these lack).
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window.__mixtapeMedia ?? [])
            .filter((m) => !m.paused && m.currentTime > 0.2)
            .map((m) => m.currentSrc),
        ),
      )
      .toContainEqual(expect.stringMatching(address));
    await expect(deck.row(i + 1)).not.toContainText('unavailable');
  }
});
