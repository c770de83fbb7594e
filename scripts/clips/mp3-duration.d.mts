// Types for mp3-duration.mjs, so TypeScript tests can import it.

export interface FrameHeader {
  /** 0 = MPEG-2.5, 2 = MPEG-2, 3 = MPEG-1 */
  versionBits: number;
  layer: 1 | 2 | 3;
  sampleRate: number;
  /** samples per frame */
  samples: number;
  /** frame length in bytes, header included */
  length: number;
  mono: boolean;
  crc: boolean;
}

export interface Mp3FrameSummary {
  frames: number;
  samples: number;
  sampleRate: number;
  seconds: number;
}

export function readFrameHeader(bytes: Uint8Array, offset: number): FrameHeader | null;
export function parseMp3Frames(input: Uint8Array | ArrayBuffer): Mp3FrameSummary;
export function parseMp3Duration(bytes: Uint8Array | ArrayBuffer): number;
