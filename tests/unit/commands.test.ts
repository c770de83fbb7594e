import { describe, expect, it, vi } from 'vitest';
import { runFileCommand } from '../../src/commands/fileCommands';
import { keyNames } from '../../src/commands/keyNames';
import { COMMAND_LIST, COMMANDS, type Command, runCommand, SKIP_S } from '../../src/commands/transport';
import { startMediaSession } from '../../src/platform/mediaSession';
import { SHORTCUTS } from '../../src/platform/shortcuts';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import { makeTape } from '../support/tapes';

const withTracks = () => createMixtapeStore({ tape: makeTape(3) });
const empty = () => createMixtapeStore({ tape: { ...makeTape(0), sideBStart: 0 } });

describe('the command table', () => {
  it('gives every command a label, and no two keys or media actions the same command', () => {
    for (const command of COMMAND_LIST) expect(command.label).not.toBe('');
    const keys = COMMAND_LIST.flatMap((c) => c.keys ?? []);
    expect(new Set(keys).size).toBe(keys.length);
    const actions = COMMAND_LIST.flatMap((c) => (c.media ? [c.media] : []));
    expect(new Set(actions).size).toBe(actions.length);
  });

  it('the keyboard reads every command that has keys, and only those', () => {
    expect(SHORTCUTS).toEqual(COMMAND_LIST.filter((c) => c.keys));
    expect(SHORTCUTS.length).toBe(9);
  });

  it('every Media Session action the player answers maps to exactly one command, which it runs', () => {
    const handlers = new Map<string, MediaSessionActionHandler | null>();
    const session = {
      setActionHandler: (action: string, handler: MediaSessionActionHandler | null) =>
        handlers.set(action, handler),
    };
    (globalThis as { MediaMetadata?: unknown }).MediaMetadata = class {};
    const stop = startMediaSession(withTracks(), session as unknown as MediaSession);
    try {
      expect([...handlers.keys()].sort()).toEqual(
        ['nexttrack', 'pause', 'play', 'previoustrack', 'seekbackward', 'seekforward', 'seekto'].sort(),
      );
      for (const [action, handler] of handlers) {
        const [command, ...others] = COMMAND_LIST.filter((c) => c.media === action);
        expect(others).toEqual([]);
        const perform = vi.spyOn(command as Command, 'perform');
        handler?.({ action: action as MediaSessionAction, seekTime: 1 });
        expect(perform).toHaveBeenCalledTimes(1);
        perform.mockRestore();
      }
    } finally {
      stop();
    }
  });

  it('skips SKIP_S seconds from a button or key, and what the media key asks for when it says', () => {
    const store = withTracks();
    runCommand(COMMANDS.fastForward, store.getState());
    expect(store.getState().playback.position).toBe(SKIP_S);
    runCommand(COMMANDS.fastForward, store.getState(), { seekOffset: 3 });
    expect(store.getState().playback.position).toBe(SKIP_S + 3);
    runCommand(COMMANDS.rewind, store.getState());
    expect(store.getState().playback.position).toBe(3);
    runCommand(COMMANDS.seekTo, store.getState(), { seekTime: 7 });
    expect(store.getState().playback.position).toBe(7);
    // A seekto without a time is nothing to do.
    runCommand(COMMANDS.seekTo, store.getState(), {});
    expect(store.getState().playback.position).toBe(7);
  });

  it('runs nothing that is not enabled: the deck keys wait for a tape with tracks', () => {
    const store = empty();
    const before = store.getState().playback;
    for (const command of COMMAND_LIST.filter((c) => c.enabled)) {
      expect(command.enabled?.(store.getState())).toBe(false);
      expect(command.enabled?.(withTracks().getState())).toBe(true);
      runCommand(command, store.getState());
    }
    expect(store.getState().playback).toBe(before);
  });
});

describe('key names in the "?" list', () => {
  it.each([
    [[' ', 'k'], 'Space or K'],
    [['j'], 'J'],
    [['ArrowLeft'], '←'],
    [['ArrowRight'], '→'],
  ])('%j is written %s', (keys, written) => {
    expect(keyNames(keys)).toBe(written);
  });
});

describe('file commands', () => {
  const m3u = (name: string) =>
    new File(['#EXTM3U\n#EXTINF:12,Band - Song\nhttps://example.com/song.mp3\n'], name, {
      type: 'audio/x-mpegurl',
    });

  it('adding files makes a playlist among them a new tape and names what is not audio', async () => {
    const store = withTracks();
    const open = store.getState().tape;
    await runFileCommand('addFiles', store.getState(), [
      m3u('road trip.m3u'),
      // A .txt may be a list of "Artist – Title" lines (issue 14), so it is read as one, and refused.
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
      new File(['<svg/>'], 'cover.svg', { type: 'image/svg+xml' }),
    ]);
    const s = store.getState();
    expect(s.shelf.tapes.map((t) => t.title)).toContain('road trip');
    expect(s.shelf.tapes.find((t) => t.id === open.id)?.tracks ?? open.tracks).toEqual(open.tracks);
    expect(s.messages.map((m) => [m.kind, m.text])).toEqual([
      ['info', 'Imported “road trip” as a new tape: 1 track.'],
      ['error', expect.stringMatching(/^Couldn’t import “notes.txt”: This doesn’t look like a playlist\. /)],
      ['error', 'These files aren’t audio this browser can play: cover.svg.'],
    ]);
  });

  it('importing a playlist that is too large says so and imports nothing', async () => {
    const store = withTracks();
    const tapes = store.getState().shelf.tapes;
    const big = new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'huge.m3u');
    await runFileCommand('importPlaylist', store.getState(), [big]);
    expect(store.getState().shelf.tapes).toBe(tapes);
    expect(store.getState().messages.at(-1)?.text).toMatch(/“huge.m3u” is too large to be a playlist/);
  });
});
