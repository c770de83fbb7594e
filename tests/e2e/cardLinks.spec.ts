import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { expect, test } from '@playwright/test';
import { createCardService } from '../../server/app';
import { nodeHost } from '../../server/nodeHost';
import { Deck } from './support/deck';

// A card link as a friend opens it: on the static preview (no card service: the app's fallback reads the
// path), and on the card service itself, which serves the same app with the card's tags in its head.
// A golden link of format 1 (tests/fixtures/share-links-v1.json): the Juno tape, reordered.
const path = '/t/1AF0KEwcCEwsBDgkDEgUMEAQKDQYRCA_Ieg';

test('a card link opened on the static preview still opens the tape, playable', async ({ page }) => {
  const deck = await Deck.open(page, path);
  await expect(page.getByText('Shared with you. Play it as it is, or save it to your tapes.')).toBeVisible();
  expect((await deck.titles())[0]).toBe('Piazza, New York Catcher');
  await deck.button('Play').click();
  await deck.expectPlaying(/\.mp3$/, 0.3);
});

test.describe('on the card service', () => {
  let server: ServerType | undefined;
  let origin = '';
  test.beforeAll(async () => {
    const app = createCardService(nodeHost('dist'));
    const started = await new Promise<ServerType>((resolve) => {
      const listening = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(listening));
    });
    server = started;
    origin = `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  test('a browser opening a card link gets the tape, playable, under the card’s tags', async ({ page }) => {
    const deck = await Deck.open(page, `${origin}${path}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Juno');
    expect((await deck.titles())[0]).toBe('Piazza, New York Catcher');
    await deck.button('Play').click();
    await deck.expectPlaying(/\.mp3$/, 0.3);
  });
});
