// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJsonpLoader, JsonpError } from '../../src/catalog/jsonp';

afterEach(() => {
  vi.useRealTimers();
  document.head.innerHTML = '';
});

const scripts = () => [...document.querySelectorAll('script')];

/** The script the loader inserted, and the name of the global it will call back. */
function pending() {
  const [script, ...others] = scripts();
  if (!script || others.length > 0) throw new Error(`expected one script, found ${scripts().length}`);
  const name = new URL(script.src).searchParams.get('cb') ?? '';
  return { script, name };
}

function callBack(name: string | null | undefined, payload: unknown) {
  const callback: unknown = Reflect.get(window, name ?? '');
  if (typeof callback !== 'function') throw new Error(`no callback named ${name}`);
  callback(payload);
}

function expectCleanedUp(name: string) {
  expect(scripts()).toHaveLength(0);
  expect(name).not.toBe('');
  expect(Reflect.has(window, name)).toBe(false);
}

describe('createJsonpLoader', () => {
  it('loads the URL with a callback parameter and resolves with what the script passes', async () => {
    const promise = createJsonpLoader(document)('https://api.example.com/search?q=a+b&output=jsonp', 'cb');
    const { script, name } = pending();
    expect(script.src).toBe(`https://api.example.com/search?q=a+b&output=jsonp&cb=${name}`);
    expect(script.async).toBe(true);
    callBack(name, { data: [1, 2] });
    await expect(promise).resolves.toEqual({ data: [1, 2] });
    expectCleanedUp(name);
  });

  it('starts the query string when the URL has none, and names each call apart', async () => {
    const load = createJsonpLoader(document);
    const first = load('https://api.example.com/track/1', 'cb');
    const second = load('https://api.example.com/track/2', 'cb');
    const [a, b] = scripts().map((s) => new URL(s.src));
    expect(a?.href).toMatch(/^https:\/\/api\.example\.com\/track\/1\?cb=\w+$/);
    const names = [a?.searchParams.get('cb'), b?.searchParams.get('cb')];
    expect(new Set(names).size).toBe(2);
    for (const [i, name] of names.entries()) callBack(name, i);
    await expect(Promise.all([first, second])).resolves.toEqual([0, 1]);
  });

  it('gives up after the timeout and cleans up', async () => {
    vi.useFakeTimers();
    const promise = createJsonpLoader(document)('https://api.example.com/slow', 'cb', { timeoutMs: 5000 });
    const { name } = pending();
    vi.advanceTimersByTime(4999);
    expect(scripts()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    await expect(promise).rejects.toMatchObject({ name: 'JsonpError', reason: 'timeout' });
    expectCleanedUp(name);
  });

  it('rejects with the abort reason and cleans up when aborted', async () => {
    const controller = new AbortController();
    const promise = createJsonpLoader(document)('https://api.example.com/x', 'cb', {
      signal: controller.signal,
    });
    const { name } = pending();
    controller.abort();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expectCleanedUp(name);
  });

  it('inserts nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const load = createJsonpLoader(document);
    await expect(
      load('https://api.example.com/x', 'cb', { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(scripts()).toHaveLength(0);
  });

  it('rejects when the script fails to load', async () => {
    const promise = createJsonpLoader(document)('https://api.example.com/x', 'cb');
    const { script, name } = pending();
    script.dispatchEvent(new Event('error'));
    await expect(promise).rejects.toEqual(new JsonpError('network', 'The script could not be loaded.'));
    expectCleanedUp(name);
  });

  it('rejects when the script ran without calling back', async () => {
    const promise = createJsonpLoader(document)('https://api.example.com/x', 'cb');
    const { script, name } = pending();
    script.dispatchEvent(new Event('load'));
    await expect(promise).rejects.toMatchObject({ reason: 'no-callback' });
    expectCleanedUp(name);
  });

  it('ignores the load event that follows a callback', async () => {
    const promise = createJsonpLoader(document)('https://api.example.com/x', 'cb');
    const { script, name } = pending();
    callBack(name, 'payload');
    script.dispatchEvent(new Event('load'));
    await expect(promise).resolves.toBe('payload');
  });
});
