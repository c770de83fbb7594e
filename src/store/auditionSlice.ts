import type { Track } from '../model/track';
import type { SliceCreator } from './types';

export interface AuditionRequest {
  readonly track: Omit<Track, 'id'>;
  /** Counts presses, so the reports of a preview that was replaced can be told apart. */
  readonly nonce: number;
}

/** A catalog preview heard on its own, before it is added to a tape; the tape pauses meanwhile. */
export interface AuditionState {
  readonly request: AuditionRequest | null;
  readonly status: 'idle' | 'loading' | 'playing' | 'error';
  readonly position: number;
  readonly duration: number;
  readonly error: string | null;
}

export interface AuditionSlice {
  audition: AuditionState;
  auditionPreview: (track: Omit<Track, 'id'>) => void;
  stopAudition: () => void;
  /** Reports from the audio engine, for the preview with this nonce. */
  auditionStarted: (nonce: number) => void;
  auditionProgress: (nonce: number, position: number, duration: number) => void;
  auditionEnded: (nonce: number) => void;
  auditionFailed: (nonce: number, reason: string) => void;
}

const IDLE: AuditionState = { request: null, status: 'idle', position: 0, duration: 0, error: null };

/** Same preview, same press: the reports of a replaced preview carry an old nonce and are ignored. */
const isCurrent = (state: AuditionState, nonce: number) => state.request?.nonce === nonce;

export const createAuditionSlice: SliceCreator<AuditionSlice> = (set) => {
  let nonce = 0;
  return {
    audition: IDLE,
    auditionPreview: (track: Omit<Track, 'id'>) =>
      set((s) => {
        nonce += 1;
        // A preview and the tape never sound together: the tape pauses where it is.
        const tapeRunning = s.playback.status === 'playing' || s.playback.status === 'loading';
        return {
          audition: { ...IDLE, request: { track, nonce }, status: 'loading' },
          ...(tapeRunning ? { playback: { ...s.playback, status: 'paused' } } : {}),
        };
      }),
    stopAudition: () => set((s) => (s.audition.request ? { audition: IDLE } : {})),
    auditionStarted: (n) =>
      set((s) => (isCurrent(s.audition, n) ? { audition: { ...s.audition, status: 'playing' } } : {})),
    auditionProgress: (n, position, duration) =>
      set((s) =>
        isCurrent(s.audition, n) && Number.isFinite(position)
          ? {
              audition: {
                ...s.audition,
                position,
                duration: Number.isFinite(duration) && duration > 0 ? duration : s.audition.duration,
              },
            }
          : {},
      ),
    auditionEnded: (n) => set((s) => (isCurrent(s.audition, n) ? { audition: IDLE } : {})),
    auditionFailed: (n, reason) =>
      set((s) =>
        isCurrent(s.audition, n)
          ? {
              audition: { ...s.audition, status: 'error', error: `This preview can’t be played: ${reason}.` },
            }
          : {},
      ),
  };
};
