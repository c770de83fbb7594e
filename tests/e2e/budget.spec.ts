import { expect, test } from '@playwright/test';
import { EMBED_JS_BUDGET_BYTES, JS_BUDGET_BYTES, measureBundle } from '../../scripts/bundle-size.mjs';

// Bytes do not drift with machine load, so this budget can be a test. The web server built dist/.
test('the first screen loads at most 95 KB of gzipped JavaScript', () => {
  const bundle = measureBundle('dist');
  expect(bundle.firstLoadJs).toBeGreaterThan(50 * 1024);
  expect(bundle.firstLoadJs).toBeLessThanOrEqual(JS_BUDGET_BYTES);
});

test('the embed player loads at most 80 KB of gzipped JavaScript before it shows', () => {
  const embed = measureBundle('dist', 'embed.html');
  expect(embed.firstLoadJs).toBeGreaterThan(10 * 1024);
  expect(embed.firstLoadJs).toBeLessThanOrEqual(EMBED_JS_BUDGET_BYTES);
});
