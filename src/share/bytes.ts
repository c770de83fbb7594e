import { SHARE_ERRORS, ShareFailure } from './errors';

const utf8 = new TextEncoder();
// fatal: bad UTF-8 is damage, not text; ignoreBOM: a title may really start with U+FEFF.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Growable byte buffer with the few primitives the wire format is made of. */
export class ByteWriter {
  private buf = new Uint8Array(256);
  private len = 0;

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(value: number): this {
    this.room(1);
    this.buf[this.len] = value & 0xff;
    this.len += 1;
    return this;
  }

  bytes(values: Uint8Array): this {
    this.room(values.length);
    this.buf.set(values, this.len);
    this.len += values.length;
    return this;
  }

  /** Unsigned LEB128; arithmetic rather than shifts, which would wrap above 2^31. */
  varint(value: number): this {
    let rest = Math.max(0, Math.floor(value));
    while (rest >= 0x80) {
      this.byte((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    return this.byte(rest);
  }

  float64(value: number): this {
    const cell = new Uint8Array(8);
    new DataView(cell.buffer).setFloat64(0, value, true);
    return this.bytes(cell);
  }

  /** Byte length, then UTF-8. */
  string(text: string): this {
    const encoded = utf8.encode(text);
    return this.varint(encoded.length).bytes(encoded);
  }

  done(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

const MAX_VARINT_BYTES = 5;

/** Reads what ByteWriter wrote; running out of bytes means the link was cut short. */
export class ByteReader {
  private pos = 0;

  constructor(private readonly buf: Uint8Array) {}

  get atEnd(): boolean {
    return this.pos >= this.buf.length;
  }

  byte(): number {
    const value = this.buf[this.pos];
    if (value === undefined) throw new ShareFailure(SHARE_ERRORS.damaged);
    this.pos += 1;
    return value;
  }

  take(n: number): Uint8Array {
    if (n > this.buf.length - this.pos) throw new ShareFailure(SHARE_ERRORS.damaged);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i += 1) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
    throw new ShareFailure(SHARE_ERRORS.damaged);
  }

  float64(): number {
    const cell = this.take(8);
    return new DataView(cell.buffer, cell.byteOffset, 8).getFloat64(0, true);
  }

  string(): string {
    const bytes = this.take(this.varint());
    try {
      return strictUtf8.decode(bytes);
    } catch {
      throw new ShareFailure(SHARE_ERRORS.damaged);
    }
  }
}
