// Types for encode.mjs, so TypeScript tests can import it.

export function toInt16(samples: Float32Array): Int16Array;
export function encodeMp3(samples: Float32Array, sampleRate: number, kbps: number): Uint8Array;
