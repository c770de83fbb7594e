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
