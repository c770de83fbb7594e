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

/** howler needs a codec hint when an address does not end in one. */
export function formatFromName(name: string): string | undefined {
  const ext = /\.([a-z0-9]{2,4})(?:$|[?#])/i.exec(name)?.[1]?.toLowerCase();
  return ext && ['mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'wav', 'flac', 'webm', 'mp4'].includes(ext)
    ? ext
    : undefined;
}
