import { expect, test } from '@playwright/test';
import { JS_BUDGET_BYTES, measureBundle } from '../../scripts/bundle-size.mjs';

// Bytes do not drift with machine load, so this budget can be a test. The web server built dist/.
test('the first screen loads at most 95 KB of gzipped JavaScript', () => {
  const bundle = measureBundle('dist');
  expect(bundle.firstLoadJs).toBeGreaterThan(50 * 1024);
  expect(bundle.firstLoadJs).toBeLessThanOrEqual(JS_BUDGET_BYTES);
});
