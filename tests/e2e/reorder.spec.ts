import { expect, type Page, test } from '@playwright/test';
import { Deck } from './support/deck';
import { fileSavedBy } from './support/download';

const JUNO = [
  'All I Want Is You',
  'My Rollercoaster',
  'A Well Respected Man',
  'Dearest',
  'Up the Spout',
  'Tire Swing',
] as const;

/** A real pointer drag: press on the handle, move in steps (dnd-kit waits for 4 px), release. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 10, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 16 });
  await page.mouse.up();
}

const centre = async (deck: Deck, title: string) => {
  const box = await (await deck.handle(title)).boundingBox();
  if (!box) throw new Error(`no box for ${title}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

test.describe('reordering a personal mixtape', () => {
  // Tall enough that no drag comes near the window's edge, where dnd-kit scrolls the page.
  test.use({ viewport: { width: 1280, height: 1400 } });

  test('a mouse drag moves track 3 below track 5, the reload keeps it, and it is now my own tape', async ({
    page,
  }) => {
    const deck = await Deck.open(page);
    const from = await centre(deck, 'A Well Respected Man');
    const target = await centre(deck, 'Up the Spout');
    await drag(page, from, { x: target.x, y: target.y + 12 });
    await expect
      .poll(() => deck.titles().then((t) => t.slice(0, 6)))
      .toEqual([
        'All I Want Is You',
        'My Rollercoaster',
        'Dearest',
        'Up the Spout',
        'A Well Respected Man',
        'Tire Swing',
      ]);
    await expect(page.getByText('Your tape: every change is saved in this browser.')).toBeVisible();
    await page.reload();
    await expect(deck.rows).toHaveCount(19);
    expect((await deck.titles()).slice(2, 5)).toEqual(['Dearest', 'Up the Spout', 'A Well Respected Man']);
    await expect(
      page.getByRole('navigation', { name: 'Your tapes' }).getByRole('button', { name: /Juno.*19 songs/ }),
    ).toBeVisible();
  });

  test('a keyboard reorder (Space, arrows, Space) is announced by place, and Undo restores the order', async ({
    page,
  }) => {
    const deck = await Deck.open(page);
    const handle = await deck.handle('Dearest');
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(page.getByText(/Picked up Dearest, at place 4 of 19, side A/)).toBeAttached();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByText(/Dearest moved to place 2 of 19, side A/)).toBeAttached();
    await page.keyboard.press('Space');
    await expect
      .poll(() => deck.titles().then((t) => t.slice(0, 4)))
      .toEqual(['All I Want Is You', 'Dearest', 'My Rollercoaster', 'A Well Respected Man']);
    await deck.button('Undo').click();
    await expect.poll(() => deck.titles().then((t) => t.slice(0, 6))).toEqual([...JUNO]);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => deck.titles().then((t) => t[1])).toBe('Dearest');
  });

  test('a track dragged across the turn moves from side A to side B', async ({ page }) => {
    const deck = await Deck.open(page);
    const sideB = page.getByRole('list', { name: /Side B/ });
    await expect(sideB.getByRole('listitem')).toHaveCount(9);
    const from = await centre(deck, 'My Rollercoaster');
    const target = await centre(deck, 'Expectations');
    await drag(page, from, { x: target.x, y: target.y + 12 });
    // A long pointer drag lands somewhere near the top of side B; what matters here is the side.
    await expect(sideB.getByRole('listitem')).toHaveCount(10);
    await expect(sideB).toContainText('My Rollercoaster');
    await expect(page.getByRole('list', { name: /Side A/ })).not.toContainText('My Rollercoaster');
  });

  test('reordering while a track plays never interrupts it', async ({ page }) => {
    const deck = await Deck.open(page);
    await deck.button('Play').click();
    const before = await deck.expectPlaying(/j01\.mp3$/, 0.3);
    await page.getByRole('button', { name: 'More for All I Want Is You' }).click();
    await page.getByRole('button', { name: 'Move down' }).click();
    expect((await deck.titles()).slice(0, 2)).toEqual(['My Rollercoaster', 'All I Want Is You']);
    await deck.expectPlaying(/j01\.mp3$/, before + 0.3);
    await expect(deck.row(2)).toHaveAttribute('aria-current', 'true');
  });

  test('a corrupted stored shelf does not crash the app and is kept aside, word for word', async ({
    page,
  }) => {
    const garbage = '{"state":{"shelf":{"tapes":[{"id":42';
    await page.addInitScript((raw) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('mixtape:shelf', raw);
        sessionStorage.setItem('seeded', '1');
      }
    }, garbage);
    const deck = await Deck.open(page);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Your saved tapes could not be read' }),
    ).toBeVisible();
    await expect(deck.row(1)).toContainText('All I Want Is You');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('mixtape:shelf:unreadable:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([garbage]);
    const file = await fileSavedBy(page, () =>
      page.getByRole('button', { name: 'Download the unreadable data' }).click(),
    );
    expect(file).toEqual({ name: 'mixtape-unreadable-shelf.json', text: garbage });
  });

  test('new tape, add a built-in clip and a file from this device, rename it, delete it, undo the delete', async ({
    page,
  }) => {
    const deck = await Deck.open(page);
    await deck.button(/^New tape/).click();
    await expect(deck.rows).toHaveCount(0);
    await deck.button('Add songs').click();
    await page.getByRole('button', { name: 'Add Sea of Love by Cat Power' }).click();
    await page.getByLabel('Choose audio files').setInputFiles('public/clips/j05.mp3');
    await expect(deck.rows).toHaveCount(2);
    await expect(deck.row(2)).toContainText('on this device only');
    await deck.button('Done').click();
    await deck
      .row(2)
      .getByRole('button', { name: /^j05 On this device/ })
      .click();
    await deck.expectPlaying(/^blob:/, 0.3);
    // The file itself is kept, so the track still plays after a reload.
    await page.reload();
    await expect(deck.rows).toHaveCount(2);
    await deck
      .row(2)
      .getByRole('button', { name: /^j05 On this device/ })
      .click();
    await deck.expectPlaying(/^blob:/, 0.3);
    await deck.button('Label & notes').click();
    const title = page.getByRole('textbox', { name: 'Title on the label' });
    await title.fill('For the train');
    await title.press('Enter');
    await expect(page.getByRole('img', { name: /Cassette “For the train”/ })).toBeVisible();
    await deck.button('Delete tape').click();
    await expect(page.getByRole('navigation', { name: 'Your tapes' })).not.toContainText('For the train');
    await deck.button('Undo').click();
    await expect(page.getByRole('navigation', { name: 'Your tapes' })).toContainText('For the train');
  });
});
