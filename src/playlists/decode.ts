export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * A playlist file's bytes as text, in the encoding its writer used. A byte order mark decides (UTF-8,
 * UTF-16 LE or BE) and is dropped, as in WHATWG Encoding's "decode"; otherwise the bytes are read as
 * strict UTF-8, and when they are not UTF-8, as Windows-1252: what Winamp, foobar2000 and Windows Notepad
 * wrote in Western Europe before UTF-8, and what browsers fall back to for an undeclared Western page.
 * Windows-1252 gives every byte a character, so a title the file spelled correctly never comes back with
 * a U+FFFD; text in another legacy code page comes back mistyped, never as an error. A file that is valid
 * UTF-8 is read as UTF-8 even if its writer meant Windows-1252: the two only agree on such bytes by
 * accident ("Ã©"), which real titles almost never are.
 *
 * UTF-16 without a byte order mark (some .NET tools write it) is told by its zero bytes: a playlist's
 * first characters are ASCII, whose UTF-16 spelling has a zero high byte, and NUL is never text.
 */
export function decodePlaylistBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const encoding = bomEncoding(bytes) ?? utf16ByZeros(bytes);
  if (encoding) return { text: new TextDecoder(encoding).decode(bytes), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, fromC1);
    return { text, encoding: 'windows-1252' };
  }
}

/**
 * Where Windows-1252 differs from Latin-1: bytes 0x80-0x9F are “curly quotes”, dashes, € and the like
 * (WHATWG Encoding, index-windows-1252), not C1 controls. Browsers decode them so already; Node 20's
 * TextDecoder reads the label as Latin-1 and gives U+0092 for Winamp's ’, so the table applies to what
 * came back. The five bytes the code page leaves undefined stay C1 controls, as WHATWG says.
 */
const C1_AS_WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const fromC1 = (c: string) => C1_AS_WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? c;

function bomEncoding(bytes: Uint8Array): TextEncodingName | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return undefined;
}

// Four ASCII characters in a row, spelled in UTF-16, settle it; fewer could be a short binary oddity.
function utf16ByZeros(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes.length < 8) return undefined;
  const head = [...bytes.subarray(0, 8)];
  const zeroAt = (parity: number) => head.every((byte, i) => (i % 2 === parity) === (byte === 0));
  if (zeroAt(1)) return 'utf-16le';
  if (zeroAt(0)) return 'utf-16be';
  return undefined;
}
