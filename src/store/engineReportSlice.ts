import { advance, describeTrack } from './playbackSlice';
import { cueEntry } from './queueSync';
import { currentEntryId, currentTrack, wantsToPlay } from './selectors';
import type { SliceCreator } from './types';

/** What the audio engine tells the store; nothing else calls these. */
export interface EngineReportSlice {
  clipLoaded: (entryId: string, duration: number) => void;
  clipStarted: (entryId: string) => void;
  clipProgress: (entryId: string, position: number) => void;
  /** The clip wanted playing has stood still for seconds: the deck says it is waiting, not playing. */
  clipStalled: (entryId: string) => void;
  /** The stalled clip moves on again. */
  clipResumed: (entryId: string) => void;
  clipEnded: (entryId: string) => void;
  clipFailed: (entryId: string, reason: string) => void;
  playBlocked: (entryId: string) => void;
}

export const createEngineReportSlice: SliceCreator<EngineReportSlice> = (set, get) => ({
  clipLoaded: (entryId, duration) =>
    set((s) => {
      const track = s.tape.tracks.find((t) => t.id === entryId);
      if (!track || !Number.isFinite(duration) || duration <= 0) return {};
      // A length already known keeps the same object: whatever shows lengths has nothing to redraw.
      const measured =
        s.measured[track.previewUrl] === duration
          ? s.measured
          : { ...s.measured, [track.previewUrl]: duration };
      // A clip reports its length more than once (metadata, then the whole file): an unchanged report
      // returns the state itself, which zustand passes on to no subscriber.
      const shownChanged = currentEntryId(s) === entryId && s.playback.duration !== duration;
      if (measured === s.measured && !shownChanged) return s;
      return shownChanged ? { measured, playback: { ...s.playback, duration } } : { measured };
    }),
  clipStarted: (entryId) =>
    set((s) =>
      currentEntryId(s) === entryId && s.playback.status === 'loading'
        ? { playback: { ...s.playback, status: 'playing' } }
        : {},
    ),
  clipProgress: (entryId, position) =>
    set((s) =>
      currentEntryId(s) === entryId && Number.isFinite(position)
        ? { playback: { ...s.playback, position } }
        : {},
    ),
  clipStalled: (entryId) =>
    set((s) =>
      currentEntryId(s) === entryId && (s.playback.status === 'playing' || s.playback.status === 'loading')
        ? { playback: { ...s.playback, status: 'stalled' } }
        : {},
    ),
  clipResumed: (entryId) =>
    set((s) =>
      currentEntryId(s) === entryId && s.playback.status === 'stalled'
        ? { playback: { ...s.playback, status: 'playing' } }
        : {},
    ),
  clipEnded: (entryId) =>
    set((s) => {
      if (currentEntryId(s) !== entryId) return {};
      if (s.queue.repeat === 'one') return cueEntry(s, entryId, s.queue.cursor, 'loading');
      return advance({ ...s, playback: { ...s.playback, status: 'loading' } });
    }),
  clipFailed: (entryId, failure) => {
    const s = get();
    // A file from the device plays from an object URL, which does not outlive the page that made it.
    const local = s.tape.tracks.find((t) => t.id === entryId)?.source === 'local';
    const reason = local
      ? 'it was a file from this device, which a reload lets go of: add the file again'
      : failure;
    if (s.unavailable[entryId] !== undefined) return;
    const wasCurrent = currentEntryId(s) === entryId;
    const moveOn = wasCurrent && wantsToPlay(s);
    set({ unavailable: { ...s.unavailable, [entryId]: reason } });
    const after = get();
    if (moveOn) {
      set(advance(after));
      const stillPlaying = wantsToPlay(get()) && currentEntryId(get()) !== entryId;
      get().notify(
        'error',
        `Couldn't play ${describeTrack(after, entryId)}: ${reason}.${stillPlaying ? ' Skipping to the next track.' : ''}`,
      );
      if (!stillPlaying) set((x) => ({ playback: { ...x.playback, status: 'error' } }));
    } else if (wasCurrent) {
      get().notify('error', `Couldn't load ${describeTrack(after, entryId)}: ${reason}.`);
    }
  },
  playBlocked: (entryId) => {
    if (currentEntryId(get()) !== entryId || !wantsToPlay(get())) return;
    set((s) => ({ playback: { ...s.playback, status: 'paused' } }));
    const track = currentTrack(get());
    get().notify(
      'info',
      `The browser held back the sound${track ? ` of “${track.title}”` : ''} until you interact with the page: press Play.`,
    );
  },
});
