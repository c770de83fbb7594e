import { expect, type Page, test } from '@playwright/test';
import { Deck } from './support/deck';

// "Add from a link" meets addresses as the web serves audio (tests/engines/server/serveApp.ts): a stream
// with no length (chunked, no Content-Length, no ranges), a redirect to another host, and a page that is
// not audio at all. Every address is on the test server: 127.0.0.1, or localhost after a redirect.

/** Fills in "From a link" in the open Add songs panel and presses Add to tape. */
async function addByLink(page: Page, address: string, title: string): Promise<void> {
  await page.getByLabel('Audio address (http or https)').fill(address);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Add to tape' }).click();
}

/** A new, empty tape to add to, so the added track is the only one and plays where the test says. */
async function emptyTape(page: Page): Promise<Deck> {
  const deck = await Deck.open(page);
  await deck.button(/^New tape/).click();
  await expect(deck.rows).toHaveCount(0);
  await deck.button('Add songs').click();
  return deck;
}

test('a stream with no length is added by link, shown as of unknown length, and measured as it plays', async ({
  page,
  baseURL,
}) => {
  const deck = await emptyTape(page);
  await addByLink(page, `${baseURL}/test-clips/chunked/quiet-20s.mp3`, 'Night stream');
  await expect(deck.rows).toHaveCount(1);
  const track = deck.button(/^Night stream Unknown artist/);
  // Unknown, not a made-up 0:00: nothing has measured it yet, as nothing plays.
  await expect(track).toHaveAccessibleName('Night stream Unknown artist –:–– length unknown');
  await deck.button('Done').click();

  await track.click();
  await deck.expectPlaying(/\/test-clips\/chunked\/quiet-20s\.mp3$/);
  // The browser knows the length once the stream's end has arrived (Firefox) or been read (Chromium, a
  // few seconds before it plays out). A hang guard above the clip's own 20 s, not a pace. The clip is
  // 20.016 s; Chromium ends it at the start of its last frame, 19.98 s.
  await expect(track).toHaveAccessibleName(/^Night stream Unknown artist 0:(19|20)$/, { timeout: 90_000 });
});

test('a link that redirects to another host is followed, as playing it would be, for a file and a stream', async ({
  page,
  baseURL,
}) => {
  const deck = await emptyTape(page);
  await addByLink(page, `${baseURL}/test-clips/moved/quiet-600s.mp3`, 'Moved file');
  await expect(deck.rows).toHaveCount(1);
  await addByLink(page, `${baseURL}/test-clips/moved/chunked/quiet-40s.mp3`, 'Moved stream');
  await expect(deck.rows).toHaveCount(2);
  await expect(deck.button(/^Moved file Unknown artist/)).toHaveAccessibleName(
    'Moved file Unknown artist 10:00',
  );
  await expect(deck.button(/^Moved stream Unknown artist/)).toHaveAccessibleName(
    'Moved stream Unknown artist –:–– length unknown',
  );
  await deck.button('Done').click();

  await deck.button(/^Moved file/).click();
  await deck.expectPlaying(/\/test-clips\/moved\/quiet-600s\.mp3$/);
  await deck.button(/^Moved stream/).click();
  await deck.expectPlaying(/\/test-clips\/moved\/chunked\/quiet-40s\.mp3$/);
});

test('an address that is not audio still gets the clear message, and keeps what was typed', async ({
  page,
  baseURL,
}) => {
  const deck = await emptyTape(page);
  // The app's own page answers any other path: a web page, not a sound file.
  const address = `${baseURL}/test-clips/moved/not-a-song.mp3`;
  await addByLink(page, address, 'Not a song');
  await expect(page.getByRole('alert')).toHaveText(
    'Couldn’t read audio at that address: check that it links straight to a sound file.',
  );
  await expect(page.getByLabel('Audio address (http or https)')).toHaveValue(address);
  await expect(deck.rows).toHaveCount(0);
});
