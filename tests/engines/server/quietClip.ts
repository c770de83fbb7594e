/**
 * A silent MP3 of any length, for journeys that pause, seek and resume: on a clip ten minutes long, a slow
 * step on a busy machine cannot run the clip out and move the tape on while the test is still looking.
 *
 * The stream is one MPEG-1 Layer III frame (ISO/IEC 11172-3 §2.4.1) repeated: 32 kHz, mono, 32 kbit/s,
 * no CRC, so every frame is 144 bytes and holds 1,152 samples (36 ms). Its side information is all zero
 * (no main data, no big values, `main_data_begin` 0), which every decoder reads as silence and which
 * leans on no bit reservoir, so frames can be repeated freely. There is no Xing/Info header: the stream
 * is constant bit rate, and browsers take its duration from its size, as they do for any CBR MP3.
 */
/** Where a silent test clip `seconds` long is served (serveApp.ts), on the app's own origin. */
export function quietClipUrl(baseUrl: string, seconds: number): string {
  return `${baseUrl}/test-clips/quiet-${seconds}s.mp3`;
}

/** The seconds a served test clip's path asks for, or undefined for any other path. */
export function quietClipSeconds(path: string): number | undefined {
  const seconds = Number(/^\/test-clips\/quiet-(\d{1,5})s\.mp3(?:\?.*)?$/.exec(path)?.[1]);
  return seconds > 0 ? seconds : undefined;
}

export const QUIET_FRAME_BYTES = 144;
export const QUIET_FRAME_SECONDS = 1152 / 32_000;

/** One silent frame: header FF FB 18 C4 (MPEG-1, Layer III, no CRC, 32 kbit/s, 32 kHz, mono, original). */
function silentFrame(): Uint8Array {
  const frame = new Uint8Array(QUIET_FRAME_BYTES);
  frame.set([0xff, 0xfb, 0x18, 0xc4]);
  return frame;
}

/**
 * The bytes of a silent MP3 at least `seconds` long (whole frames, so up to 36 ms longer).
 * @throws RangeError for a length that is not a positive finite number of seconds.
 */
export function quietMp3(seconds: number): Uint8Array {
  if (!(Number.isFinite(seconds) && seconds > 0)) throw new RangeError(`not a clip length: ${seconds} s`);
  // In samples, whole numbers: seconds / 0.036 can land a hair above an integer and add a frame.
  const frames = Math.ceil((seconds * 32_000) / 1152);
  const frame = silentFrame();
  const bytes = new Uint8Array(frames * QUIET_FRAME_BYTES);
  for (let i = 0; i < frames; i += 1) bytes.set(frame, i * QUIET_FRAME_BYTES);
  return bytes;
}
