import { COMMAND_LIST, type Command, runCommand } from '../commands/transport';
import { dedicationLine } from '../model/giftLines';
import type { MixtapeStore } from '../store/createMixtapeStore';
import { currentTrack, wantsToPlay } from '../store/selectors';

/**
 * Publishes the playing track to the operating system (lock screen, media keys, headphones) and
 * routes its buttons back to the store. Does nothing where the Media Session API is missing.
 */
export function startMediaSession(
  store: MixtapeStore,
  session: MediaSession | undefined = typeof navigator === 'undefined' ? undefined : navigator.mediaSession,
  artwork: readonly MediaImage[] = [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
): () => void {
  if (!session) return () => {};
  const get = () => store.getState();
  // Each command with a Media Session action answers it, as its button and keys do.
  const handlers = COMMAND_LIST.filter((c): c is Command & { media: MediaSessionAction } => !!c.media);
  for (const command of handlers) {
    try {
      session.setActionHandler(command.media, (d) => runCommand(command, get(), d));
    } catch {
      // An action this browser does not know: the others still work.
    }
  }

  const publishTrack = () => {
    const s = get();
    const track = currentTrack(s);
    session.metadata = track
      ? new MediaMetadata({
          title: track.title,
          artist: track.artist,
          // A gift says whose it is where the lock screen shows the album: "for Sam, from Alex".
          album: dedicationLine(s.tape.dedication) || (track.album ?? s.tape.title),
          artwork: [...artwork],
        })
      : null;
  };
  const publishState = () => {
    const s = get();
    session.playbackState = wantsToPlay(s) ? 'playing' : s.playback.status === 'paused' ? 'paused' : 'none';
    const { duration, position } = s.playback;
    if (duration > 0 && 'setPositionState' in session) {
      try {
        session.setPositionState({ duration, position: Math.min(position, duration), playbackRate: 1 });
      } catch {
        // A position the OS will not take (a stale duration): the next report corrects it.
      }
    }
  };

  publishTrack();
  publishState();
  const unsubscribers = [
    store.subscribe((s) => currentTrack(s), publishTrack),
    // Its title and dedication: any edit of the tape republishes, which is rare and cheap.
    store.subscribe((s) => s.tape, publishTrack),
    // Whole seconds are enough for the lock screen and keep the OS from being called four times a second.
    store.subscribe(
      (s) => `${s.playback.status}|${Math.floor(s.playback.position)}|${s.playback.duration}`,
      publishState,
    ),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    for (const { media } of handlers) {
      try {
        session.setActionHandler(media, null);
      } catch {
        // As above.
      }
    }
    session.metadata = null;
  };
}
