import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Deck } from './support/deck';

/** The stored value version 2 wrote (19 tracks), read as the golden fixtures test reads it. */
const v2: {
  state: { shelf: { tapes: Record<string, unknown>[] } & Record<string, unknown> } & Record<string, unknown>;
} = JSON.parse(readFileSync('tests/fixtures/stored-shelf.json', 'utf8')).v2;

const first = (deck: Deck, n: number) => deck.titles().then((t) => t.slice(0, n));

test('undo reaches back past a reload, by the Undo button and by Ctrl/Cmd+Z', async ({ page }) => {
  const deck = await Deck.open(page);
  await page.getByRole('button', { name: 'More for All I Want Is You' }).click();
  await page.getByRole('button', { name: 'Move down' }).click();
  await expect.poll(() => first(deck, 2)).toEqual(['My Rollercoaster', 'All I Want Is You']);
  await page.getByRole('button', { name: 'More for Dearest' }).click();
  await page.getByRole('button', { name: 'Move up' }).click();
  await expect
    .poll(() => first(deck, 4))
    .toEqual(['My Rollercoaster', 'All I Want Is You', 'Dearest', 'A Well Respected Man']);
  await expect(page.getByText('Your tape: every change is saved in this browser.')).toBeVisible();

  await page.reload();
  await expect(deck.rows).toHaveCount(19);
  expect(await first(deck, 3)).toEqual(['My Rollercoaster', 'All I Want Is You', 'Dearest']);
  await deck.button('Undo').click();
  await expect
    .poll(() => first(deck, 4))
    .toEqual(['My Rollercoaster', 'All I Want Is You', 'A Well Respected Man', 'Dearest']);

  await page.reload();
  await expect(deck.rows).toHaveCount(19);
  await page.locator('body').press('ControlOrMeta+z');
  await expect
    .poll(() => first(deck, 4))
    .toEqual(['All I Want Is You', 'My Rollercoaster', 'A Well Respected Man', 'Dearest']);
});

test('one damaged tape is set aside, word for word and by name; the rest of the shelf opens', async ({
  page,
}) => {
  const good = v2.state.shelf.tapes[0];
  const damaged = {
    ...good,
    id: 'damaged',
    title: 'Summer 1994',
    colors: { shell: 'teal', label: '#ffffff' },
  };
  const stored = JSON.stringify({
    ...v2,
    state: { ...v2.state, shelf: { ...v2.state.shelf, tapes: [good, damaged] } },
  });
  await page.addInitScript((raw) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('mixtape:shelf', raw);
      sessionStorage.setItem('seeded', '1');
    }
  }, stored);
  const deck = await Deck.open(page);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Your saved tape “Summer 1994” could not be read' }),
  ).toBeVisible();
  await expect(deck.row(1)).toContainText('Expectations');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('mixtape:shelf:unreadable:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([JSON.stringify(damaged)]);
});
