import type { Clip, ClipHandlers, ClipSource, Player } from '../../src/audio/player';

export interface FakeClip extends Clip {
  readonly source: ClipSource;
  readonly handlers: ClipHandlers;
  readonly unloaded: boolean;
  readonly playCalls: number;
  readonly volume: number;
  readonly fades: ReadonlyArray<readonly [number, number, number]>;
  /** Test controls: what the browser would do. */
  finishLoading: (duration?: number) => void;
  advance: (seconds: number) => void;
  end: () => void;
  failToLoad: (reason?: string) => void;
  refuseToPlay: () => void;
  /** As howler when a play after a seek waits for data there: loading again, not playing until it comes. */
  waitForData: () => void;
}

export interface FakePlayer extends Player {
  readonly clips: FakeClip[];
  readonly volume: number;
  readonly muted: boolean;
  /** The most recently created clip that is still alive for this URL. */
  clipFor: (url: string) => FakeClip | undefined;
  live: () => FakeClip[];
}

/**
 * Behaves like howler in HTML5 mode as far as the engine can tell: loading is asynchronous (driven by
 * the test), play() before load waits for it, and a clip reports play only once it is really running.
 */
export function createFakePlayer(options: { autoLoad?: boolean } = {}): FakePlayer {
  const clips: FakeClip[] = [];
  const player = {
    clips,
    volume: 1,
    muted: false,
    load(source: ClipSource, handlers: ClipHandlers): Clip {
      let loaded = false;
      let playing = false;
      let wantPlay = false;
      let position = 0;
      let duration = 20;
      const state = {
        unloaded: false,
        playCalls: 0,
        volume: 1,
        fades: [] as Array<readonly [number, number, number]>,
      };
      const start = () => {
        playing = true;
        handlers.onPlay();
      };
      const clip: FakeClip = {
        source,
        handlers,
        get unloaded() {
          return state.unloaded;
        },
        get playCalls() {
          return state.playCalls;
        },
        get volume() {
          return state.volume;
        },
        get fades() {
          return state.fades;
        },
        setVolume: (v) => {
          state.volume = v;
        },
        fade: (from, to, ms) => {
          state.fades.push([from, to, ms]);
          state.volume = to;
        },
        play: () => {
          if (state.unloaded) return;
          state.playCalls += 1;
          if (playing) return;
          if (loaded) start();
          else wantPlay = true;
        },
        pause: () => {
          playing = false;
          wantPlay = false;
        },
        seek: (s) => {
          position = s;
        },
        position: () => position,
        isPlaying: () => playing,
        isLoaded: () => loaded,
        unload: () => {
          state.unloaded = true;
          playing = false;
        },
        finishLoading: (d = 20) => {
          if (state.unloaded) return;
          duration = d;
          loaded = true;
          handlers.onLoad(d);
          if (wantPlay) start();
        },
        advance: (seconds) => {
          if (playing) position = Math.min(duration, position + seconds);
        },
        end: () => {
          playing = false;
          position = duration;
          handlers.onEnd();
        },
        failToLoad: (reason = 'the clip is missing or in a format this browser cannot play') =>
          handlers.onLoadError(reason),
        waitForData: () => {
          loaded = false;
          if (playing) wantPlay = true;
          playing = false;
        },
        refuseToPlay: () => {
          playing = false;
          wantPlay = false;
          handlers.onPlayError('Playback was unable to start');
        },
      };
      clips.push(clip);
      if (options.autoLoad) queueMicrotask(() => clip.finishLoading());
      return clip;
    },
    setVolume(v: number) {
      player.volume = v;
    },
    setMuted(m: boolean) {
      player.muted = m;
    },
    liveClips: () => clips.filter((c) => !c.unloaded).length,
    live: () => clips.filter((c) => !c.unloaded),
    clipFor: (url: string) => [...clips].reverse().find((c) => c.source.url === url && !c.unloaded),
  };
  return player;
}
