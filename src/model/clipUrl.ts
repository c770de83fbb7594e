import { cutTo } from './text';

export const MAX_URL_LENGTH = 2048;

export type ClipUrlCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly message: string };

/** Only web addresses may become preview URLs: never javascript:, data:, file: or the like. */
export function checkClipUrl(input: string): ClipUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, message: 'Paste the address of an audio file.' };
  if (text.length > MAX_URL_LENGTH) return { ok: false, message: 'That address is too long.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'That is not a web address. It should start with https://' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `Only http and https addresses can be played, not ${url.protocol}` };
  }
  return { ok: true, url: url.href };
}

/**
 * A readable title from a file name or URL path: "02_sea-of-love.mp3" → "02 sea of love". Never empty
 * ("Untitled"), at most 200 UTF-16 units, cut between characters, and free of control characters: a path
 * may percent-encode any of them (`%0E`), and decoding would bring them back.
 */
export function titleFromName(name: string): string {
  // An address's query and fragment ("?token=…") say nothing about the song; its path's last part does.
  const path = name.split(/[?#]/)[0] ?? name;
  const last = decodeURIComponentSafe(path.split('/').filter(Boolean).at(-1) ?? name);
  const bare = last
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[_\-\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cutTo(bare || 'Untitled', 200);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const AUDIO_FORMATS = ['mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'wav', 'flac', 'webm', 'mp4'];

/** howler needs a codec hint when an address does not end in one. */
export function formatFromName(name: string): string | undefined {
  const ext = /\.([a-z0-9]{2,4})(?:$|[?#])/i.exec(name)?.[1]?.toLowerCase();
  return ext && AUDIO_FORMATS.includes(ext) ? ext : undefined;
}

/** Audio MIME types (IANA media types, and the ones browsers give File.type) as howler's format names. */
const MIME_FORMATS: Readonly<Record<string, string>> = {
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/aac': 'aac',
  'audio/ogg': 'ogg',
  'audio/opus': 'opus',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/flac': 'flac',
  'audio/x-flac': 'flac',
  'audio/webm': 'webm',
};

/** A MIME type (`audio/mpeg`, parameters ignored) as a format name, if it is an audio type we know. */
export function formatFromMime(type: string): string | undefined {
  return MIME_FORMATS[type.split(';')[0]?.trim().toLowerCase() ?? ''];
}

/** What an address's query says about its type: `?format=mp3`, `?type=audio/ogg`, `?file=song.flac`. */
function formatFromQuery(url: string): string | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return undefined;
  }
  for (const value of params.values()) {
    const v = value.trim().toLowerCase();
    const found = (AUDIO_FORMATS.includes(v) ? v : undefined) ?? formatFromMime(v) ?? formatFromName(v);
    if (found) return found;
  }
  return undefined;
}

/**
 * When nothing says what an address holds: a format every browser plays, so that howler hands the address to
 * the <audio> element, which sniffs the bytes it gets (WHATWG MIME Sniffing §6.2) and plays what it can.
 */
export const SNIFF_FORMAT = 'mp3';

/**
 * The codec hint for a clip, as howler takes it (`format`): the one the track states, else the address's
 * extension, else what its query says (`play.php?id=1&name=Song.flac`, `?format=ogg`), else SNIFF_FORMAT.
 * howler refuses a source with no hint, or one this browser lacks, before any byte is fetched ("No codec
 * support for selected audio sources"); the hint only gets the address past that gate, and the element
 * decides by the bytes. A clip that is really unplayable still fails there, with the element's error.
 */
export function clipFormat(url: string, stated?: string): string {
  return stated ?? formatFromName(url) ?? formatFromQuery(url) ?? SNIFF_FORMAT;
}
