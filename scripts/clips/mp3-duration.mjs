// Reads an MP3's duration from its frame headers, the same way a player
// counts it: frames × samples per frame ÷ sample rate. Used to record the real
// length of each clip in the manifest rather than the length we asked for
// (the encoder adds its delay and pads the last frame).

/** kbps by [version is MPEG-1 ? 0 : 1][layer 1..3 → 0..2][bitrate index]. */
const BITRATES = [
  [
    [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  ],
  [
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  ],
];

/** Hz by version bits (0 = MPEG-2.5, 2 = MPEG-2, 3 = MPEG-1) and rate index. */
const SAMPLE_RATES = /** @type {Record<number, number[]>} */ ({
  0: [11025, 12000, 8000],
  2: [22050, 24000, 16000],
  3: [44100, 48000, 32000],
});

/**
 * @typedef {object} FrameHeader
 * @property {number} versionBits 0 MPEG-2.5, 2 MPEG-2, 3 MPEG-1
 * @property {number} layer 1, 2 or 3
 * @property {number} sampleRate Hz
 * @property {number} samples samples per frame
 * @property {number} length frame length in bytes, header included
 * @property {boolean} mono
 * @property {boolean} crc
 */

/**
 * Decodes the 4-byte frame header at `offset`, or null if it is not one.
 * Free-format (bitrate index 0) frames are rejected: their length cannot be
 * known from the header alone.
 * @param {Uint8Array} bytes
 * @param {number} offset
 * @returns {FrameHeader | null}
 */
export function readFrameHeader(bytes, offset) {
  if (offset < 0 || offset + 4 > bytes.length) return null;
  const b1 = bytes[offset + 1];
  const b2 = bytes[offset + 2];
  const b3 = bytes[offset + 3];
  if (bytes[offset] !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const versionBits = (b1 >> 3) & 3;
  const layerBits = (b1 >> 1) & 3;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (versionBits === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) {
    return null;
  }
  const layer = 4 - layerBits;
  const mpeg1 = versionBits === 3;
  const kbps = BITRATES[mpeg1 ? 0 : 1]?.[layer - 1]?.[bitrateIndex];
  const sampleRate = SAMPLE_RATES[versionBits]?.[rateIndex];
  const padding = (b2 >> 1) & 1;
  /** @type {number} */
  let length;
  /** @type {number} */
  let samples;
  if (layer === 1) {
    samples = 384;
    length = (Math.floor((12 * kbps * 1000) / sampleRate) + padding) * 4;
  } else if (layer === 2 || mpeg1) {
    samples = 1152;
    length = Math.floor((144 * kbps * 1000) / sampleRate) + padding;
  } else {
    // Layer III at MPEG-2/2.5 carries one granule: half the samples, half the bytes.
    samples = 576;
    length = Math.floor((72 * kbps * 1000) / sampleRate) + padding;
  }
  return { versionBits, layer, sampleRate, samples, length, mono: b3 >> 6 === 3, crc: (b1 & 1) === 0 };
}

/**
 * Bytes of an ID3v2 tag at the start of the buffer (0 if none).
 * @param {Uint8Array} bytes
 */
function id3v2Size(bytes) {
  if (bytes.length < 10 || bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x33) return 0;
  let size = 0;
  for (let i = 6; i < 10; i++) size = (size << 7) | (bytes[i] & 0x7f);
  const footer = (bytes[5] & 0x10) !== 0 ? 10 : 0;
  return 10 + size + footer;
}

/**
 * Whether a frame is a Xing/Info/VBRI metadata frame. It decodes to silence
 * and players skip it, so it must not count towards the duration.
 * @param {Uint8Array} bytes @param {number} offset @param {FrameHeader} header
 */
function isTagFrame(bytes, offset, header) {
  const sideInfo = header.versionBits === 3 ? (header.mono ? 17 : 32) : header.mono ? 9 : 17;
  /** @param {number} at @param {string} tag */
  const has = (at, tag) => [...tag].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));
  const xingAt = offset + 4 + (header.crc ? 2 : 0) + sideInfo;
  return has(xingAt, 'Xing') || has(xingAt, 'Info') || has(offset + 36, 'VBRI');
}

/** Two headers belong to the same stream if these agree. */
/** @param {FrameHeader} a @param {FrameHeader} b */
function sameStream(a, b) {
  return a.versionBits === b.versionBits && a.layer === b.layer && a.sampleRate === b.sampleRate;
}

/**
 * Walks the frames of an MP3 stream.
 *
 * Sync is only accepted where a second header follows the first one exactly
 * (or the buffer ends right there), so stray 0xFFE bit patterns in random
 * data are not mistaken for audio. The walk stops at the first byte that is
 * not a frame of the same stream (an ID3v1/APE tag, garbage) or at a frame cut
 * short by the end of the buffer, which a player could not decode either.
 *
 * @param {Uint8Array | ArrayBuffer} input
 * @returns {{ frames: number, samples: number, sampleRate: number, seconds: number }}
 */
export function parseMp3Frames(input) {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const empty = { frames: 0, samples: 0, sampleRate: 0, seconds: 0 };
  let offset = id3v2Size(bytes);
  /** @type {FrameHeader | null} */
  let first = null;
  for (; offset + 4 <= bytes.length; offset++) {
    const header = readFrameHeader(bytes, offset);
    if (!header || offset + header.length > bytes.length) continue;
    const next = offset + header.length;
    const follower = readFrameHeader(bytes, next);
    if (next === bytes.length || (follower && sameStream(header, follower))) {
      first = header;
      break;
    }
  }
  if (!first) return empty;

  let frames = 0;
  let samples = 0;
  let isFirst = true;
  while (offset + 4 <= bytes.length) {
    const header = readFrameHeader(bytes, offset);
    if (!header || !sameStream(header, first) || offset + header.length > bytes.length) break;
    if (!(isFirst && isTagFrame(bytes, offset, header))) {
      frames++;
      samples += header.samples;
    }
    isFirst = false;
    offset += header.length;
  }
  return {
    frames,
    samples,
    sampleRate: first.sampleRate,
    seconds: frames === 0 ? 0 : samples / first.sampleRate,
  };
}

/**
 * Duration in seconds of the MP3 in `bytes` (0 when it holds no MP3 frames).
 * Includes the encoder's start-up delay and end padding: without a LAME
 * gapless tag these cannot be known exactly, and players count them too.
 * @param {Uint8Array | ArrayBuffer} bytes
 */
export function parseMp3Duration(bytes) {
  return parseMp3Frames(bytes).seconds;
}
