import { beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeHowlOptions {
  src: string[];
  html5?: boolean;
  format?: string[];
  sprite?: Record<string, [number, number]>;
  onload?: () => void;
  onloaderror?: (id: number, error: unknown) => void;
  onplayerror?: (id: number, error: unknown) => void;
  onplay?: () => void;
  onend?: () => void;
  onseek?: () => void;
}

const howler = vi.hoisted(() => {
  const made: Array<{
    options: FakeHowlOptions;
    unloaded: boolean;
    plays: Array<number | undefined>;
    seeks: number[];
    playing: boolean;
  }> = [];
  let nextId = 1;
  class Howl {
    record: (typeof made)[number];
    constructor(options: FakeHowlOptions) {
      this.record = { options, unloaded: false, plays: [], seeks: [], playing: false };
      made.push(this.record);
    }
    play(id?: number) {
      this.record.plays.push(id);
      return id ?? nextId++;
    }
    playing() {
      return this.record.playing;
    }
    pause() {}
    seek(to?: number) {
      if (typeof to === 'number') this.record.seeks.push(to);
      return 0;
    }
    duration() {
      return 21.4;
    }
    state() {
      return 'loaded';
    }
    unload() {
      this.record.unloaded = true;
    }
  }
  const Howler = { volume: vi.fn(), mute: vi.fn(), usingWebAudio: true };
  return { made, Howl, Howler };
});

vi.mock('howler', () => ({ Howl: howler.Howl, Howler: howler.Howler }));

const { createHowlerPlayer } = await import('../../src/audio/howlerPlayer');
const { describeLoadError } = await import('../../src/audio/howlerTerms');

const noop = { onLoad() {}, onPlay() {}, onEnd() {}, onLoadError() {}, onPlayError() {} };

beforeEach(() => {
  howler.made.length = 0;
});

describe('createHowlerPlayer', () => {
  it('makes HTML5-mode howls, always with a format hint: stated, from the address, else one to sniff', () => {
    const player = createHowlerPlayer();
    player.load({ url: '/a.ogg' }, noop);
    player.load({ url: 'https://cdn.example/preview', format: 'm4a' }, noop);
    // Issue 13: howler refused an address with no extension and no hint before any byte was fetched.
    player.load({ url: 'https://cdn.example/tracks/7731/audio' }, noop);
    expect(howler.made[0]?.options).toMatchObject({ src: ['/a.ogg'], html5: true, format: ['ogg'] });
    expect(howler.made[1]?.options.format).toEqual(['m4a']);
    expect(howler.made[2]?.options.format).toEqual(['mp3']);
  });

  it('lets the media element end each clip, never a duration read before the file was scanned', () => {
    createHowlerPlayer().load({ url: '/clips/j01.mp3' }, noop);
    // WebKitGTK can report a duration of 0 at canplaythrough; howler would end such a sound at once.
    const [start, length] = howler.made[0]?.options.sprite?.__default ?? [];
    expect(start).toBe(0);
    expect(length).toBeGreaterThanOrEqual(60 * 60 * 1000);
  });

  it('seeks through howler when the sound is paused or its media element cannot be reached', () => {
    const c = createHowlerPlayer().load({ url: '/a.mp3' }, noop);
    const record = howler.made[0];
    if (!record) throw new Error('no howl');
    c.seek(3);
    c.play();
    c.seek(4);
    // This stand-in howl keeps no elements, as a howler that moved its private `_sounds` would not.
    record.playing = true;
    c.seek(5);
    expect(record.seeks).toEqual([3, 4, 5]);
    expect(c.position()).toBe(0);
  });

  it('counts live clips and unloads each howl once', () => {
    const player = createHowlerPlayer();
    const clips = Array.from({ length: 100 }, (_, i) => player.load({ url: `/c${i}.mp3` }, noop));
    for (const c of clips.slice(0, 98)) {
      c.unload();
      c.unload();
    }
    expect(player.liveClips()).toBe(2);
    expect(howler.made.filter((h) => !h.unloaded)).toHaveLength(2);
  });

  it('replays its own sound instead of stacking a second one', () => {
    const player = createHowlerPlayer();
    const c = player.load({ url: '/a.mp3' }, noop);
    c.play();
    c.play();
    const plays = howler.made[0]?.plays ?? [];
    expect(plays[0]).toBeUndefined();
    expect(plays[1]).toBeTypeOf('number');
  });

  it('turns media error codes into words', () => {
    const onLoadError = vi.fn();
    const player = createHowlerPlayer();
    player.load({ url: '/missing.mp3' }, { ...noop, onLoadError });
    howler.made[0]?.options.onloaderror?.(1, 4);
    expect(onLoadError).toHaveBeenCalledWith('the clip is missing or in a format this browser cannot play');
    expect(describeLoadError(3)).toBe('the audio could not be decoded');
    expect(describeLoadError('Decoding audio data failed.')).toBe('Decoding audio data failed');
    expect(describeLoadError(undefined)).toBe('the clip could not be loaded');
  });

  it('reports the loaded duration and sets volume and mute globally', () => {
    const onLoad = vi.fn();
    const player = createHowlerPlayer();
    player.load({ url: '/a.mp3' }, { ...noop, onLoad });
    howler.made[0]?.options.onload?.();
    expect(onLoad).toHaveBeenCalledWith(21.4);
    player.setVolume(0.5);
    player.setMuted(true);
    expect(howler.Howler.volume).toHaveBeenCalledWith(0.5);
    expect(howler.Howler.mute).toHaveBeenCalledWith(true);
  });

  it('keeps howler’s Web Audio (and so its AudioContext) off, before and after a clip sounds', () => {
    howler.Howler.usingWebAudio = true;
    const player = createHowlerPlayer();
    expect(howler.Howler.usingWebAudio).toBe(false);
    player.setVolume(0.3);
    player.setMuted(true);
    expect(howler.Howler.volume).toHaveBeenLastCalledWith(0.3);
    expect(howler.Howler.mute).toHaveBeenLastCalledWith(true);
    const onPlay = vi.fn();
    player.load({ url: '/a.mp3' }, { ...noop, onPlay });
    howler.made[0]?.options.onload?.();
    howler.made[0]?.options.onplay?.();
    expect(onPlay).toHaveBeenCalledOnce();
    // Made after the first sound, howler's context and its unlock on the next press slowed that press.
    expect(howler.Howler.usingWebAudio).toBe(false);
  });
});
