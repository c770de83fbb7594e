import { COMMANDS, runCommand } from '../commands/transport';
import type { MixtapeStore } from '../store/createMixtapeStore';
import { currentIndex, currentTrack, wantsToPlay } from '../store/selectors';
import type { MixtapeState } from '../store/types';
import {
  eventsBetween,
  type HostCommand,
  type HostEvent,
  type PlayerMoment,
  parseHostMessage,
} from './hostApi';

/** Said to a host whose play command comes before anyone pressed anything in the frame. */
export const NEEDS_A_PRESS =
  'mixtape:play waits for a press inside the player: nothing sounds before the visitor presses something in it.';

export interface HostBridgeOptions {
  /** The window this embed runs in: its messages are listened to. */
  readonly self: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** The page framing the embed: the only source of commands, and where events go. */
  readonly host: Pick<Window, 'postMessage'>;
  /** Whether the visitor has pressed anything in the frame yet: the autoplay rule for `mixtape:play`. */
  readonly pressed: () => boolean;
}

const moment = (s: MixtapeState): PlayerMoment => {
  const track = currentTrack(s);
  return {
    // Loading the next track, or waiting on a stalled one, is still playing to the host: no pause between.
    playing: wantsToPlay(s),
    idle: s.playback.status === 'idle',
    track: track && { index: currentIndex(s), title: track.title, artist: track.artist },
    second: Math.floor(s.playback.position),
    duration: Math.round(s.playback.duration),
  };
};

const sameMoment = (a: PlayerMoment, b: PlayerMoment) =>
  a.playing === b.playing &&
  a.idle === b.idle &&
  a.second === b.second &&
  a.duration === b.duration &&
  a.track?.index === b.track?.index &&
  a.track?.title === b.track?.title;

function perform(command: HostCommand, s: MixtapeState): void {
  if (command.type === 'mixtape:seek') s.seek(command.seconds);
  else if (command.type === 'mixtape:play') runCommand(COMMANDS.play, s);
  else if (command.type === 'mixtape:pause') runCommand(COMMANDS.pause, s);
  else if (command.type === 'mixtape:next') runCommand(COMMANDS.next, s);
  else runCommand(COMMANDS.previous, s);
}

/**
 * Joins the store to the page that frames the embed (the protocol is in hostApi.ts and docs/embed.md).
 * Commands are taken from the framing window only (`event.source`), whatever its origin: anyone may embed
 * a tape, so there is no list of origins to check against, and other frames or windows cannot steer it.
 * Events go to that window with targetOrigin `*`: they carry only the tape the host itself wrote into the
 * frame's address and what the player does with it, and the frame cannot know the host's origin in every
 * browser (Firefox has no `location.ancestorOrigins`). Posts `mixtape:ready` at once. Returns the teardown.
 */
export function startHostBridge(store: MixtapeStore, { self, host, pressed }: HostBridgeOptions): () => void {
  const post = (event: HostEvent) => host.postMessage(event, '*');
  const onMessage = (event: MessageEvent) => {
    if (event.source !== host) return;
    const parsed = parseHostMessage(event.data);
    if (parsed.kind === 'foreign') return;
    if (parsed.kind === 'invalid') {
      post({ type: 'mixtape:error', message: parsed.problem });
      return;
    }
    if (parsed.command.type === 'mixtape:play' && !pressed()) {
      post({ type: 'mixtape:error', message: NEEDS_A_PRESS });
      return;
    }
    perform(parsed.command, store.getState());
  };
  self.addEventListener('message', onMessage);
  const { tape } = store.getState();
  post({ type: 'mixtape:ready', title: tape.title, tracks: tape.tracks.length });
  const unsubscribe = store.subscribe(moment, (after, before) => eventsBetween(before, after).forEach(post), {
    equalityFn: sameMoment,
  });
  return () => {
    unsubscribe();
    self.removeEventListener('message', onMessage);
  };
}
