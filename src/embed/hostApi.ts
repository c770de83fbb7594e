import * as v from 'valibot';

/**
 * The embed's postMessage API, the pure half: what a host page may send (commands) and what the embed
 * sends back (events), each an object `{ type: 'mixtape:…', … }` checked by a valibot schema. The side
 * effects (listening, posting, the store) are in hostBridge.ts; docs/embed.md is the host's reference.
 */

/** Every message of this API, both ways, has a type starting with this. */
export const MESSAGE_PREFIX = 'mixtape:';

const seconds = v.pipe(v.number(), v.finite(), v.minValue(0));

const CommandSchema = v.variant('type', [
  v.object({ type: v.literal('mixtape:play') }),
  v.object({ type: v.literal('mixtape:pause') }),
  v.object({ type: v.literal('mixtape:next') }),
  v.object({ type: v.literal('mixtape:previous') }),
  /** `seconds` into the current track; past its end it stops at the end, as the seek slider does. */
  v.object({ type: v.literal('mixtape:seek'), seconds }),
]);

export type HostCommand = v.InferOutput<typeof CommandSchema>;

export type ParsedMessage =
  | { readonly kind: 'command'; readonly command: HostCommand }
  /** A `mixtape:` message that breaks the schema: the host is told why (an `error` event). */
  | { readonly kind: 'invalid'; readonly problem: string }
  /** Anything else (another widget's messages, a browser extension's): not ours, left alone. */
  | { readonly kind: 'foreign' };

/**
 * Reads one `MessageEvent.data` from the host. Never throws. Data that is not an object with a `type`
 * string starting `mixtape:` is foreign; a `mixtape:` object that is not a known command, or has bad
 * fields, is invalid with a readable problem.
 */
export function parseHostMessage(data: unknown): ParsedMessage {
  if (typeof data !== 'object' || data === null || !('type' in data)) return { kind: 'foreign' };
  const { type } = data;
  if (typeof type !== 'string' || !type.startsWith(MESSAGE_PREFIX)) return { kind: 'foreign' };
  const parsed = v.safeParse(CommandSchema, data);
  if (parsed.success) return { kind: 'command', command: parsed.output };
  const known = CommandSchema.options.some((o) => o.entries.type.literal === type);
  return {
    kind: 'invalid',
    problem: known
      ? `${type}: ${parsed.issues.map((i) => `${v.getDotPath(i) ?? 'message'}: ${i.message}`).join('; ')}`
      : `${type} is not a command; the commands are ${CommandSchema.options.map((o) => o.entries.type.literal).join(', ')}`,
  };
}

/** A track as events name it: its place on the tape (0-based) and its words. */
export interface EventTrack {
  readonly index: number;
  readonly title: string;
  readonly artist: string;
}

/** What the embed posts to its host page. Positions and lengths are in seconds. */
export type HostEvent =
  | { readonly type: 'mixtape:ready'; readonly title: string; readonly tracks: number }
  | { readonly type: 'mixtape:play'; readonly track: EventTrack; readonly position: number }
  | { readonly type: 'mixtape:pause'; readonly track: EventTrack; readonly position: number }
  | { readonly type: 'mixtape:trackchange'; readonly track: EventTrack }
  | {
      readonly type: 'mixtape:progress';
      readonly track: EventTrack;
      readonly position: number;
      readonly duration: number;
    }
  /** The tape ran out: the last track ended and the tape is cued back to its top. */
  | { readonly type: 'mixtape:ended' }
  | { readonly type: 'mixtape:error'; readonly message: string };

/** The part of the player's state the events follow; `second` is the whole seconds played of the track. */
export interface PlayerMoment {
  /** Meant to be playing: playing, loading a track or waiting on a stalled one. */
  readonly playing: boolean;
  /** Stopped at the end of the tape (not paused, not failed). */
  readonly idle: boolean;
  readonly track: EventTrack | undefined;
  readonly second: number;
  readonly duration: number;
}

/**
 * The events between two moments of the player, in the order a host should see them: a new track first,
 * then play, progress (each new whole second while playing), and pause or ended.
 */
export function eventsBetween(before: PlayerMoment, after: PlayerMoment): HostEvent[] {
  const events: HostEvent[] = [];
  const { track } = after;
  if (!track) return events;
  if (before.track?.index !== track.index || before.track.title !== track.title)
    events.push({ type: 'mixtape:trackchange', track });
  if (after.playing && !before.playing) events.push({ type: 'mixtape:play', track, position: after.second });
  if (after.playing && (after.second !== before.second || !before.playing))
    events.push({ type: 'mixtape:progress', track, position: after.second, duration: after.duration });
  if (before.playing && !after.playing)
    events.push(
      after.idle ? { type: 'mixtape:ended' } : { type: 'mixtape:pause', track, position: after.second },
    );
  return events;
}
