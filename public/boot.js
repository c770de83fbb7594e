// Runs before the first paint (a classic script: the CSP's script-src 'self' allows it, where it would
// not allow an inline one). index.html holds the first screen as a new visitor sees it, the Juno tape;
// a listener with a shelf of their own would see that flash by before their tape, so for them it stays
// hidden (all but the masthead) until the app has drawn theirs. src/main.tsx makes the same test.
try {
  if (window.localStorage.getItem('mixtape:shelf') !== null) document.documentElement.dataset.boot = 'client';
} catch {
  document.documentElement.dataset.boot = 'client';
}
