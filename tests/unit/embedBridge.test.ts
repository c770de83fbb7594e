import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appUrlFor, readEmbedOptions } from '../../src/embed/embedOptions';
import type { HostEvent } from '../../src/embed/hostApi';
import { NEEDS_A_PRESS, startHostBridge } from '../../src/embed/hostBridge';
import { EMBED_CHANNEL, playOneAtATime } from '../../src/embed/oneAtATime';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import { parseHeadersFile, ruleHeaders } from '../engines/server/hostHeaders';
import { makeTape } from '../support/tapes';

const freshStore = () => createMixtapeStore({ tape: makeTape(3), storage: null });

/** A host window and the embed's own, joined as postMessage joins them. */
function framed(pressed = true) {
  const posted: HostEvent[] = [];
  const listeners = new Set<(e: MessageEvent) => void>();
  const host = { postMessage: (data: HostEvent) => posted.push(data) } as unknown as Window;
  const self = {
    addEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.delete(fn),
  } as unknown as Window;
  const send = (data: unknown, source: unknown = host) => {
    for (const fn of listeners) fn({ data, source } as MessageEvent);
  };
  return { posted, host, self, send, listeners, pressed: () => pressed };
}

describe('startHostBridge', () => {
  it('says ready, takes commands from the framing window only, and answers bad ones', () => {
    const store = freshStore();
    const f = framed();
    const stop = startHostBridge(store, f);
    expect(f.posted[0]).toEqual({ type: 'mixtape:ready', title: store.getState().tape.title, tracks: 3 });
    f.send({ type: 'mixtape:play' }, {});
    expect(store.getState().playback.status).toBe('idle');
    f.send({ type: 'mixtape:play' });
    expect(store.getState().playback.status).toBe('loading');
    f.send({ type: 'mixtape:next' });
    expect(f.posted.map((e) => e.type)).toEqual([
      'mixtape:ready',
      'mixtape:play',
      'mixtape:progress',
      'mixtape:trackchange',
    ]);
    f.send({ type: 'mixtape:pause' });
    expect(store.getState().playback.status).toBe('paused');
    f.send({ type: 'mixtape:seek', seconds: 'x' });
    expect(f.posted.at(-1)).toMatchObject({ type: 'mixtape:error' });
    stop();
    expect(f.listeners.size).toBe(0);
  });

  it('holds back play until the visitor pressed something in the frame', () => {
    const store = freshStore();
    const f = framed(false);
    startHostBridge(store, f);
    f.send({ type: 'mixtape:play' });
    expect(store.getState().playback.status).toBe('idle');
    expect(f.posted.at(-1)).toEqual({ type: 'mixtape:error', message: NEEDS_A_PRESS });
  });
});

describe('playOneAtATime', () => {
  it('pauses the other player when one starts', async () => {
    const one = freshStore();
    const two = freshStore();
    const stopOne = playOneAtATime(one, new BroadcastChannel(EMBED_CHANNEL), 'one');
    const stopTwo = playOneAtATime(two, new BroadcastChannel(EMBED_CHANNEL), 'two');
    // A third listener on the channel, to press the second Play only after the first one's word went out.
    const heard: unknown[] = [];
    const ear = new BroadcastChannel(EMBED_CHANNEL);
    ear.onmessage = (e) => heard.push(e.data);
    one.getState().play();
    await expect.poll(() => heard).toEqual([{ type: 'started', from: 'one' }]);
    expect(two.getState().playback.status).toBe('idle');
    two.getState().play();
    await expect.poll(() => one.getState().playback.status).toBe('paused');
    expect(two.getState().playback.status).toBe('loading');
    stopOne();
    stopTwo();
    ear.close();
  });
});

describe('embed options', () => {
  it('reads the theme and the tracklist, ignoring anything else', () => {
    expect(readEmbedOptions('?theme=dark&tracklist=open')).toEqual({ theme: 'dark', tracklistOpen: true });
    expect(readEmbedOptions('theme=blue')).toEqual({ theme: null, tracklistOpen: false });
  });
  it('points Open in Mixtape at the app beside the embed, with the same tape', () => {
    expect(appUrlFor('https://example.org/mix/embed.html?theme=dark#1abc')).toBe(
      'https://example.org/mix/#1abc',
    );
  });
});

describe('public/_headers', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  it('keeps the app out of other sites’ frames and lets the embed in', () => {
    for (const path of ['/', '/index.html']) {
      expect(ruleHeaders(rules, path).get('X-Frame-Options')).toBe('DENY');
      expect(ruleHeaders(rules, path).get('Content-Security-Policy')).toBe("frame-ancestors 'none'");
    }
    for (const path of ['/embed.html', '/embed']) {
      expect(ruleHeaders(rules, path).get('X-Frame-Options')).toBeUndefined();
      expect(ruleHeaders(rules, path).get('Content-Security-Policy')).toBe('frame-ancestors *');
    }
  });
  it('combines splats and exact paths as the hosts do, and refuses a stray header line', () => {
    const parsed = parseHeadersFile('/*\n  A: 1\n/x\n  A: 2\n');
    expect(ruleHeaders(parsed, '/x').get('A')).toBe('1, 2');
    expect(() => parseHeadersFile('  A: 1\n')).toThrow(/line 1/);
  });
});
