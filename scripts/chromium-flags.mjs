// Debian's Chromium on these machines: the headless flags that work here, shared by the end-to-end
// tests (playwright.config.ts) and the browser benches (scripts/bench/browser.mjs).
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
