import { expect, test } from '@playwright/test';
import { serveCatalog } from './support/catalog';
import { Deck } from './support/deck';

test('adding a catalog song says so and Undo takes it back; adding one already on the tape asks first', async ({
  page,
}) => {
  await serveCatalog(page);
  const deck = await Deck.open(page);
  await deck.button('Add songs').click();
  const search = page.getByRole('searchbox', { name: 'Search songs' });
  await search.fill('Sea of Love');
  await search.press('Enter');
  const catPower = page
    .getByRole('list', { name: 'Songs from iTunes' })
    .getByRole('listitem')
    .filter({ hasText: 'Cat Power' });
  const add = catPower.getByRole('button', { name: /^(Add to tape|Add again): Sea of Love by Cat Power$/ });

  await add.click();
  await expect(deck.rows).toHaveCount(20);
  const added = page.getByRole('status').filter({ hasText: 'Added “Sea of Love”' });
  await added.getByRole('button', { name: 'Undo' }).click();
  await expect(deck.rows).toHaveCount(19);
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Add “Sea of Love”' })).toBeVisible();
  await expect(deck.rows.filter({ hasText: 'Sea of Love' })).toHaveCount(1); // Juno's own stand-in

  await add.click();
  await expect(deck.rows).toHaveCount(20);
  await add.click();
  const question = page.getByRole('alertdialog', { name: '“Sea of Love” is already on this tape.' });
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(add).toBeFocused();
  // Escape answered the question only: the Add songs panel is still open.
  await expect(search).toBeVisible();
  await expect(deck.rows).toHaveCount(20);

  await add.click();
  await question.getByRole('button', { name: 'Add again' }).click();
  await expect(deck.rows).toHaveCount(21);
  await expect(deck.rows.filter({ hasText: 'Sea of Love' })).toHaveCount(3);
});
