import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Testing Library only cleans up by itself when vitest globals are on; they are not, on purpose.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});

// findBy… and waitFor give up after 1 s by default: a pace, not a hang guard, and a busy 2-core machine
// took longer (the share panel's link, loaded lazily). They end as soon as the element shows.
const { configure } = await import('@testing-library/dom');
configure({ asyncUtilTimeout: 30_000 });
