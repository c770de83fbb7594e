import { expect, test } from '@playwright/test';
import { Deck } from './support/deck';

// The exporters' formats go through the browser's own build of papaparse and plist (whose browser build
// parses with the page's DOMParser), which the unit tests stand in for. Rows with a web address are
// tracks, so the new tape shows them (issue 14.1).

const csv =
  'Title,Artist,Album,URL\r\n' +
  '"Say ""Hello"", Goodbye 🌙","Marigold Avenue, Ada Finch",Low Tide,https://media.example.com/hello.mp3\r\n' +
  'Quarry Lake,Ada Finch,,https://media.example.com/quarry.ogg\r\n';

const plist = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple Computer//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>Tracks</key><dict>
<key>7</key><dict><key>Track ID</key><integer>7</integer><key>Name</key><string>Tom &amp; Jerry</string>
<key>Artist</key><string>Lila Moreau</string><key>Total Time</key><integer>61000</integer>
<key>Location</key><string>https://media.example.com/tom.m4a</string></dict>
<key>9</key><dict><key>Track ID</key><integer>9</integer><key>Name</key><string>Driftwood</string>
<key>Artist</key><string>Hana Sato</string><key>Location</key><string>https://media.example.com/drift.mp3</string></dict>
</dict>
<key>Playlists</key><array><dict><key>Name</key><string>Sunday Morning</string><key>Playlist Items</key><array>
<dict><key>Track ID</key><integer>9</integer></dict><dict><key>Track ID</key><integer>7</integer></dict>
</array></dict></array>
</dict></plist>
`;

test('a CSV and an iTunes XML playlist are read in the browser into new tapes (issue 14)', async ({
  page,
}) => {
  await page.route('https://**', (route) => route.fulfill({ status: 404 }));
  const deck = await Deck.open(page);
  const shelf = page.getByRole('navigation', { name: 'Your tapes' });

  await page
    .getByLabel('Import playlist')
    .setInputFiles({ name: 'mix.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(shelf.getByRole('button', { name: /^mix/ })).toHaveAttribute('aria-current', 'true');
  await expect(deck.rows).toHaveCount(2);
  expect(await deck.titles()).toEqual(['Say "Hello", Goodbye 🌙', 'Quarry Lake']);
  await expect(deck.row(1)).toContainText('Marigold Avenue, Ada Finch');

  await page.getByLabel('Import playlist').setInputFiles({
    name: 'Sunday Morning.xml',
    mimeType: 'text/xml',
    buffer: Buffer.from(plist),
  });
  await expect(shelf.getByRole('button', { name: /^Sunday Morning/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(deck.rows).toHaveCount(2);
  expect(await deck.titles()).toEqual(['Driftwood', 'Tom & Jerry']);
});
