import { type Browser, expect, type Page, test } from '@playwright/test';
import { Deck } from './support/deck';
import { playingClip, watchMedia } from './support/media';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('textbox', { name: 'Link to this tape' }).inputValue();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  return link;
}

/** A friend's browser: a fresh context, nothing stored. */
async function openAsFriend(browser: Browser, link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const deck = await Deck.open(page, link.replace(/^https?:\/\/[^/]+/, ''));
  return { context, page, deck };
}

test.use({ viewport: { width: 1280, height: 1400 } });

test('reorder, rename, share: the link alone rebuilds the exact tape in a fresh browser, playable at once', async ({
  page,
  browser,
}) => {
  const deck = await Deck.open(page);
  await deck.keyboardMove('Expectations', 'ArrowUp', 11);
  await expect.poll(() => deck.titles().then((t) => t[0])).toBe('Expectations');
  await deck.button('Label & notes').click();
  const title = page.getByRole('textbox', { name: 'Title on the label' });
  await title.fill('For Bleeker');
  await title.press('Enter');
  await page.getByRole('radio', { name: 'Mint' }).check();
  await deck.button('Done').click();
  const mine = await deck.titles();

  const link = await shareLink(page);
  expect(link).toMatch(/#/);
  await expect(page.getByText(/Link length: \d+ characters/)).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code of the link/ })).toBeVisible();

  const friend = await openAsFriend(browser, link);
  expect(await friend.deck.titles()).toEqual(mine);
  await expect(friend.page.getByRole('img', { name: /Cassette “For Bleeker”/ })).toBeVisible();
  // The friend's tab says which tape it holds, not the tape the app opens on.
  await expect(friend.page).toHaveTitle('For Bleeker — Mixtape');
  await expect(friend.page.locator('.cassette .label')).toHaveCSS('fill', 'rgb(207, 227, 212)');
  await expect(
    friend.page.getByText('Shared with you. Play it as it is, or save it to your tapes.'),
  ).toBeVisible();
  await friend.deck.button('Play').click();
  await friend.deck.expectPlaying(/j11\.mp3$/, 0.3);

  await friend.deck.button('Save to my tapes').click();
  await expect(friend.page.getByText('Your tape: every change is saved in this browser.')).toBeVisible();
  await friend.page.reload();
  await expect(friend.page.getByRole('img', { name: /Cassette “For Bleeker”/ })).toBeVisible();
  expect(await friend.deck.titles()).toEqual(mine);
  await friend.context.close();
});

test('a link as a mail reply quoted it, broken across lines and followed by “).”, opens the tape, on load and when pasted into an open tab', async ({
  page,
  browser,
}) => {
  const deck = await Deck.open(page);
  await deck.button('Label & notes').click();
  const title = page.getByRole('textbox', { name: 'Title on the label' });
  await title.fill('Pasted from a reply');
  await title.press('Enter');
  await deck.button('Done').click();
  const mine = await deck.titles();
  const link = await shareLink(page);
  const at = link.indexOf('#') + 12;
  // The reply broke the line inside the payload and quoted the rest with "> "; the sentence's ")." was
  // copied with it. The address bar drops the line break and keeps the rest as %3E%20 ... ). in the hash.
  const pasted = `${link.slice(0, at)}\r\n> ${link.slice(at)}).`;

  const friend = await openAsFriend(browser, pasted);
  await expect(friend.page.getByRole('img', { name: /Cassette “Pasted from a reply”/ })).toBeVisible();
  await expect(friend.page.getByText(/Shared with you/)).toBeVisible();
  expect(await friend.deck.titles()).toEqual(mine);
  await friend.context.close();

  // The same text pasted into the tab that is already open arrives by hashchange.
  await deck.button(/^New tape/).click();
  await expect(deck.rows).toHaveCount(0);
  await page.evaluate(
    (hash) => {
      window.location.hash = hash;
    },
    pasted.slice(pasted.indexOf('#')),
  );
  await expect(page.getByText(/Shared with you/)).toBeVisible();
  await expect(page.getByRole('img', { name: /Cassette “Pasted from a reply”/ })).toBeVisible();
  expect(await deck.titles()).toEqual(mine);
});

test('opening a link never touches the user’s own tapes; the first edit saves a copy', async ({ page }) => {
  const deck = await Deck.open(page);
  await page.getByRole('button', { name: 'More for Dearest' }).click();
  await page.getByRole('button', { name: 'Remove from tape' }).click();
  const link = await shareLink(page);
  await deck.button(/^New tape/).click();
  const shelfBefore = await page.getByRole('navigation', { name: 'Your tapes' }).textContent();

  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByText(/Shared with you/)).toBeVisible();
  await expect(deck.rows).toHaveCount(18);
  await page.getByRole('button', { name: 'More for Sleep' }).click();
  await page.getByRole('button', { name: 'Move up' }).click();
  await expect(page.getByText('Your tape: every change is saved in this browser.')).toBeVisible();
  const shelf = page.getByRole('navigation', { name: 'Your tapes' });
  // Juno, my copy of it, the new tape, and the copy saved from the link: no visiting original left over.
  await expect(shelf.getByRole('button', { name: /(built in|songs?|shared with you)$/ })).toHaveCount(4);
  expect(shelfBefore).toContain('Juno');
  expect(new URL(page.url()).hash).toBe('');
});

const HOSTILE = [
  ['garbage', '#1!!!not-a-tape!!!'],
  ['truncated', null],
  ['from the future', '#9AAAAAAAAA'],
] as const;

for (const [name, fragment] of HOSTILE) {
  test(`a ${name} link shows a clear message and leaves the saved shelf intact`, async ({ page }) => {
    const deck = await Deck.open(page);
    await page.getByRole('button', { name: 'More for Dearest' }).click();
    await page.getByRole('button', { name: 'Move up' }).click();
    const stored = await page.evaluate(() => localStorage.getItem('mixtape:shelf'));
    let hash: string | null = fragment;
    if (hash === null) {
      const link = await shareLink(page);
      hash = link.slice(
        link.indexOf('#'),
        link.indexOf('#') + Math.floor((link.length - link.indexOf('#')) / 2),
      );
    }
    await page.goto(`/${hash}`);
    await expect(page.getByRole('alert')).toContainText(/link/);
    await expect(page.getByRole('alert')).toContainText('Your own tapes are untouched.');
    await expect(deck.rows).toHaveCount(19);
    expect((await deck.titles())[2]).toBe('Dearest');
    expect(await page.evaluate(() => localStorage.getItem('mixtape:shelf'))).toBe(stored);
  });
}

test('a crafted link cannot run script: hostile text stays text in a friend’s browser', async ({
  page,
  browser,
}) => {
  await page.route('https://example.com/**', (route) =>
    route.fulfill({ path: 'public/clips/j03.mp3', contentType: 'audio/mpeg' }),
  );
  const deck = await Deck.open(page);
  await deck.button(/^New tape/).click();
  await deck.button('Add songs').click();
  await page.getByLabel('Audio address (http or https)').fill('https://example.com/a.mp3');
  await page.getByLabel('Title', { exact: true }).fill('<script>alert(2)</script>');
  await page.getByLabel('Artist', { exact: true }).fill('"><svg onload=alert(3)>');
  await page.getByRole('button', { name: 'Add to tape' }).click();
  await expect(deck.rows).toHaveCount(1);
  await deck.button('Done').click();
  await deck.button('Label & notes').click();
  const title = page.getByRole('textbox', { name: 'Title on the label' });
  await title.fill('<img src=x onerror=alert(1)>');
  await title.press('Enter');
  const link = await shareLink(page);

  const context = await browser.newContext();
  const friend = await context.newPage();
  await friend.route('https://example.com/**', (route) =>
    route.fulfill({ path: 'public/clips/j03.mp3', contentType: 'audio/mpeg' }),
  );
  const dialogs: string[] = [];
  friend.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await watchMedia(friend);
  await friend.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(friend.getByText('<script>alert(2)</script>').first()).toBeVisible();
  await expect(friend.getByRole('img', { name: /Cassette “<img src=x onerror=alert\(1\)>”/ })).toBeVisible();
  await friend.getByRole('button', { name: 'Play', exact: true }).click();
  // Playing, the tape has shown every hostile string in the deck and Now playing as well.
  await expect.poll(async () => (await playingClip(friend))?.currentTime ?? 0).toBeGreaterThan(0.2);
  expect(dialogs).toEqual([]);
  const csp = await friend.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  await context.close();
});

test('a javascript: address is refused when adding a song by link', async ({ page }) => {
  const deck = await Deck.open(page);
  await deck.button('Add songs').click();
  await page.getByLabel('Audio address (http or https)').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Add to tape' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Only http and https addresses can be played, not javascript:',
  );
  await expect(deck.rows).toHaveCount(19);
});
