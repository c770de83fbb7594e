import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Deck } from './support/deck';

// Exports through a download, which Playwright's Firefox (BiDi) channel does not report: Chromium only.
test('importing a real-world M3U8 makes a new tape; exporting writes a playlist; a broken file changes nothing', {
  tag: '@downloads',
}, async ({ page }) => {
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
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^XSPF/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xspf$/);
  const xml = readFileSync((await file.path()) ?? '', 'utf8');
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
