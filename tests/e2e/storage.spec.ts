import { expect, type Page, test } from '@playwright/test';
import { Deck } from './support/deck';

/** The titles of the tapes this browser has stored. */
const storedTitles = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('mixtape:shelf');
    const stored: { state: { shelf: { tapes: { id: string; title: string }[] } } } = JSON.parse(raw ?? '{}');
    return stored.state.shelf.tapes.map((t) => t.title);
  });

test('a tape deleted and brought back by Undo in one tab stays, whatever another tab does next', async ({
  context,
}) => {
  const a = await context.newPage();
  const deckA = await Deck.open(a);
  await a.getByRole('button', { name: /^New tape/ }).click();
  await deckA.button('Label & notes').click();
  const title = a.getByRole('textbox', { name: 'Title on the label' });
  await title.fill('Kept by Undo');
  await title.press('Enter');
  await deckA.button('Done').click();

  // Tab B opens on the tape A left open, which is empty.
  const b = await context.newPage();
  await b.goto('/');
  await expect(b.getByRole('img', { name: /Cassette “Kept by Undo”/ })).toBeVisible();
  const shelfB = b.getByRole('navigation', { name: 'Your tapes' });
  await expect(shelfB.getByRole('button', { name: /^Kept by Undo/ })).toBeVisible();

  await deckA.button('Delete tape').click();
  await expect(shelfB.getByRole('button', { name: /^Kept by Undo/ })).toHaveCount(0);
  await deckA.button('Undo').click();
  await expect(a.getByRole('img', { name: /Cassette “Kept by Undo”/ })).toBeVisible();
  await expect(shelfB.getByRole('button', { name: /^Kept by Undo/ })).toBeVisible();

  // Any change in tab B writes its shelf, which tab A then merges.
  await b.getByRole('button', { name: /^New tape/ }).click();
  await expect(b.getByRole('img', { name: /Cassette “Mixtape 2”/ })).toBeVisible();
  await expect.poll(() => storedTitles(a)).toContain('Mixtape 2');
  const shelfA = a.getByRole('navigation', { name: 'Your tapes' });
  await expect(shelfA.getByRole('button', { name: /^Mixtape 2/ })).toBeVisible();
  await expect(shelfA.getByRole('button', { name: /^Kept by Undo/ })).toBeVisible();
  expect(await storedTitles(a)).toContain('Kept by Undo');

  for (const page of [a, b]) {
    await page.reload();
    await expect(
      page.getByRole('navigation', { name: 'Your tapes' }).getByRole('button', { name: /^Kept by Undo/ }),
    ).toBeVisible();
  }
});

test('with site data blocked the app says so at once, works on, and never claims a save', async ({
  page,
}) => {
  // What Chromium and Firefox do when cookies and site data are blocked: reading localStorage throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const deck = await Deck.open(page);
  await expect(page.getByRole('alert')).toContainText('Your tapes can’t be saved right now');
  await page.getByRole('button', { name: 'More for Dearest' }).click();
  await page.getByRole('button', { name: 'Move up' }).click();
  expect((await deck.titles())[2]).toBe('Dearest');
  await expect(page.getByText(/changes last only while this tab is open/).first()).toBeVisible();
  await expect(page.getByText(/saved on your shelf|every change is saved/)).toHaveCount(0);
});
