import { type Browser, expect, type Page, test } from '@playwright/test';
import golden from '../fixtures/share-links-v3.json' with { type: 'json' };
import { scanAxe } from './support/axe';
import { Deck } from './support/deck';
import { watchMedia } from './support/media';

// Issue 15: a tape as a gift. The sender writes a dedication and two notes and shares; the friend opens the
// link in a fresh browser, unwraps it with the keyboard, and hears the note said as its song starts.

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const MESSAGE = `Happy birthday, Sam! ${HOSTILE}`;

test.use({ viewport: { width: 1280, height: 1400 } });

async function writeNote(page: Page, title: string, note: string): Promise<void> {
  await page.getByRole('button', { name: `More for ${title}` }).click();
  await page.getByRole('button', { name: 'Edit title, artist and note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill(note);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.track-note', { hasText: note })).toBeVisible();
}

/** A friend's browser: a fresh context, nothing stored, every dialog recorded (none may open). */
async function friendBrowser(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await watchMedia(page);
  return { context, page, dialogs };
}

/** The app's polite live region (tracklist/announcer.tsx), which says a song's note as the song starts. */
const noteRegion = (page: Page) => page.locator('[aria-live="polite"][aria-atomic="true"]');

test('a dedication and two notes travel in the link; the friend unwraps it with the keyboard and hears the note', async ({
  page,
  browser,
}) => {
  const deck = await Deck.open(page);
  const [first, second] = await deck.titles();
  if (!first || !second) throw new Error('the Juno tape has no songs');
  await deck.button('Label & notes').click();
  const dedication = page.getByRole('group', { name: 'Dedication' });
  await dedication.getByRole('textbox', { name: 'From' }).fill('Alex');
  await dedication.getByRole('textbox', { name: 'To' }).fill('Sam');
  await dedication.getByRole('textbox', { name: /^Message/ }).fill(MESSAGE);
  await deck.button('Done').click();
  await expect(page.locator('.cassette .label-dedication')).toHaveText('for Sam, from Alex');
  await writeNote(page, first, 'The one from the kitchen 🍳');
  await writeNote(page, second, 'For the drive to the coast');

  await deck.button('Share').click();
  const link = await page.getByRole('textbox', { name: 'Link to this tape' }).inputValue();
  expect(link).toMatch(/#3/);

  const friend = await friendBrowser(browser);
  await friend.page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  const gift = friend.page.getByRole('region', { name: 'A tape for Sam' });
  await expect(gift.getByText('For Sam')).toBeVisible();
  // Keyboard first: Open has the focus, and the songs are in reach all along.
  const open = gift.getByRole('button', { name: 'Open' });
  await expect(open).toBeFocused();
  await expect(friend.page.getByRole('region', { name: 'Tracklist' }).getByRole('listitem')).toHaveCount(19);
  await friend.page.keyboard.press('Enter');
  await expect(gift.locator('.gift-message')).toHaveText(MESSAGE);
  await expect(gift.locator('img, script')).toHaveCount(0);
  const play = friend.page.locator('.transport').getByRole('button', { name: 'Play', exact: true });
  await expect(play).toBeFocused();

  await friend.page.keyboard.press('Enter');
  // The song starts (its media element fires `playing`), its note shows and is said once.
  await expect
    .poll(() =>
      friend.page.evaluate(() =>
        (window.__mixtapeMediaEvents ?? []).some((e) => / playing j\d\d\.mp3@/.test(e)),
      ),
    )
    .toBe(true);
  await expect(noteRegion(friend.page)).toHaveText('Note: The one from the kitchen 🍳');
  await expect(friend.page.locator('.now-song-note')).toHaveText('The one from the kitchen 🍳');
  await expect(friend.page.locator('.track-note', { hasText: 'For the drive to the coast' })).toBeVisible();
  expect(friend.dialogs).toEqual([]);

  // A second visit to the same link opens as any link does: no wrapping.
  await friend.page.reload();
  await expect(friend.page.getByRole('img', { name: /Cassette “Juno”/ })).toBeVisible();
  await friend.page.waitForLoadState('networkidle');
  await expect(friend.page.getByRole('button', { name: 'Open', exact: true })).toHaveCount(0);

  // Make one back: a tape for Alex, from Sam, that says what it answers.
  await friend.page.getByRole('button', { name: 'Make one back' }).click();
  await expect(friend.page.getByRole('img', { name: /Cassette “For Alex”/ })).toBeVisible();
  await friend.page.getByRole('button', { name: 'Share', exact: true }).click();
  const reply = await friend.page.getByRole('textbox', { name: 'Link to this tape' }).inputValue();
  await friend.context.close();

  const sender = await friendBrowser(browser);
  await sender.page.goto(reply.replace(/^https?:\/\/[^/]+/, ''));
  await expect(sender.page.getByText('in reply to “Juno” from Alex')).toBeVisible();
  await expect(sender.page.getByRole('region', { name: 'A tape for Alex' })).toBeVisible();
  await sender.context.close();
});

const GIFT_LINK =
  golden.links.find((l) => l.name.startsWith('the Juno tape with a dedication'))?.payload ?? '';

for (const view of [
  { name: 'phone', width: 360, height: 800 },
  { name: 'desktop', width: 1440, height: 900 },
]) {
  test(`the wrapped and the open gift at ${view.width} px: screenshots, and axe finds nothing`, {
    tag: '@screens',
  }, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: view.width, height: view.height } });
    const page = await context.newPage();
    await page.goto(`/#${GIFT_LINK}`);
    const gift = page.getByRole('region', { name: 'A tape for Sam' });
    await expect(gift.getByRole('button', { name: 'Open' })).toBeFocused();
    await page.evaluate(() => document.fonts.ready);
    for (const state of ['wrapped', 'open']) {
      if (state === 'open') {
        await page.keyboard.press('Enter');
        await expect(gift.locator('.gift-message')).toBeVisible();
        // The card's entrance has finished: the picture shows where it comes to rest.
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
        // What was unwrapped and the key to press next, both on screen, on a phone too.
        await expect(gift.locator('.gift-message')).toBeInViewport();
        await expect(page.locator('.transport .deck-key-primary')).toBeFocused();
        await expect(page.locator('.transport .deck-key-primary')).toBeInViewport();
      }
      const path = test.info().outputPath(`gift-${view.name}-${state}.png`);
      await page.screenshot({ path });
      await test.info().attach(`gift-${view.name}-${state}`, { path, contentType: 'image/png' });
      await scanAxe(page, `the ${state} gift (${view.width} px)`);
    }
    // A song's note is written under its title, starting where the title does (this link has two notes).
    const notes = await page.locator('.tracklist .track-note').all();
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      const title = note.locator('xpath=..').locator('.track-title');
      const [noteAt, titleAt] = await Promise.all([note.boundingBox(), title.boundingBox()]);
      expect(Math.abs((noteAt?.x ?? 0) - (titleAt?.x ?? Number.NaN))).toBeLessThanOrEqual(1);
    }
    await context.close();
  });
}
