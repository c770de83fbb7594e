import { startAudioSink } from '../../engines/audioSink';

/** A PulseAudio null sink for the run (Firefox needs a sound device to play); the returned function stops it. */
export default function globalSetup(): Promise<() => Promise<void>> {
  return startAudioSink();
}
