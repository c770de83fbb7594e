/**
 * The only view of audio the rest of the app has. One implementation wraps howler; tests use a fake.
 * Handlers fire for the clip they were given with, so a late event from a replaced clip is harmless.
 */
export interface ClipHandlers {
  /** The clip can play; its length in seconds, or 0 (or NaN, or Infinity) while that is unknown (a stream). */
  onLoad: (durationSeconds: number) => void;
  /**
   * The clip's length became known, or better known, after it loaded: a stream that announced none,
   * measured as it arrives. Players that cannot tell never call it.
   */
  onLength?: (seconds: number) => void;
  onPlay: () => void;
  onEnd: () => void;
  /** The clip cannot be played at all: missing, undecodable, network failure. */
  onLoadError: (reason: string) => void;
  /** The clip is fine but the browser refused to start it, most often for want of a user gesture. */
  onPlayError: (reason: string) => void;
}

export interface Clip {
  play: () => void;
  pause: () => void;
  seek: (seconds: number) => void;
  position: () => number;
  isPlaying: () => boolean;
  isLoaded: () => boolean;
  /** This clip's own level, 0–1, under the player's master volume. */
  setVolume: (volume: number) => void;
  fade: (from: number, to: number, ms: number) => void;
  unload: () => void;
}

export interface ClipSource {
  readonly url: string;
  /** Codec hint (`mp3`, `m4a`) for URLs whose extension does not say. */
  readonly format?: string;
}

export interface Player {
  load: (source: ClipSource, handlers: ClipHandlers) => Clip;
  setVolume: (volume: number) => void;
  setMuted: (muted: boolean) => void;
  /** How many clips hold audio resources right now; the engine keeps this at three or fewer (current, next, reached for). */
  liveClips: () => number;
}
