import type { Tape } from '../model/tape';
import { strictNumber } from './clean';
import type { RawEntry } from './entries';
import { type ExportOptions, type ExportResult, exportEntries } from './exportPlaylist';
import type { ParsedPlaylist } from './parsed';
import { xmlDocument } from './xml';

const XSPF_NS = 'http://xspf.org/ns/0/';

/** XSPF 1 (https://xspf.org/spec), the format VLC, Clementine and Strawberry read and write. */
export function toXspf(tape: Tape, options?: ExportOptions): ExportResult {
  const { entries, omitted } = exportEntries(tape, options);
  const tracks = entries.map((e) =>
    [
      '    <track>',
      element('location', e.location),
      element('title', e.title),
      element('creator', e.creator),
      e.album === undefined ? '' : element('album', e.album),
      e.durationMs === undefined ? '' : element('duration', String(e.durationMs)),
      e.image === undefined ? '' : element('image', e.image),
      '    </track>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<playlist version="1" xmlns="${XSPF_NS}">`,
    `  <title>${escapeXml(tape.title)}</title>`,
    tracks.length ? `  <trackList>\n${tracks.join('\n')}\n  </trackList>` : '  <trackList/>',
    '</playlist>',
    '',
  ].join('\n');
  return { text, omitted };
}

const element = (name: string, value: string) => `      <${name}>${escapeXml(value)}</${name}>`;

// XML 1.0 forbids most control characters outright, even escaped; drop them rather than write a file
// no reader will open.
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * XSPF as players really write it (https://xspf.org/spec). Elements are matched by local name in the
 * playlist's own namespace however it is spelled: VLC opens, and people save, `http://xspf.org/ns/0`
 * without the spec's trailing slash, prefixed `xspf:` elements, or no namespace at all. Relative
 * locations resolve against `xml:base` (XML Base, https://www.w3.org/TR/xmlbase/) and then the file's
 * own `address`, where it has one; without either they stay relative and are reported as such.
 */
export function parseXspf(text: string, options: { readonly address?: string } = {}): ParsedPlaylist {
  const parsed = xmlDocument(text);
  if (!parsed.ok) return { ok: false, message: `This XSPF file isn’t valid XML (${parsed.detail}).` };
  const root = parsed.doc.documentElement;
  if (root.localName !== 'playlist') {
    return {
      ok: false,
      message: `This isn’t an XSPF playlist: its outermost element is <${root.localName}>.`,
    };
  }
  const ours = (element: Element) => isXspfNamespace(element.namespaceURI, root.namespaceURI);
  const children = (parent: Element, name: string) =>
    [...parent.children].filter((child) => child.localName === name && ours(child));
  const childText = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? undefined;
  const listed = children(root, 'trackList').flatMap((list) => children(list, 'track'));
  const tracks = listed.length > 0 ? listed : strayTracks(parsed.doc, ours);
  const entries = tracks.map(
    (track): RawEntry => ({
      location: firstWebLocation(children(track, 'location').map((l) => resolved(l, options.address))),
      title: childText(track, 'title'),
      artist: childText(track, 'creator'),
      album: childText(track, 'album'),
      seconds: msToSeconds(childText(track, 'duration')),
    }),
  );
  return { ok: true, title: childText(root, 'title'), entries };
}

// Only the playlist's own elements count: VLC nests <extension> blocks whose vlc: elements hold titles
// and ids of their own.
function isXspfNamespace(namespace: string | null, rootNamespace: string | null): boolean {
  return (
    namespace === null ||
    namespace === rootNamespace ||
    /^https?:\/\/(www\.)?xspf\.org\/ns\/0\/?$/i.test(namespace)
  );
}

// Tracks written without a <trackList> around them are still tracks: a file that lists some is not empty.
function strayTracks(doc: Document, ours: (element: Element) => boolean): Element[] {
  return [...doc.getElementsByTagNameNS('*', 'track')].filter((track) => {
    if (!ours(track)) return false;
    for (let up = track.parentElement; up; up = up.parentElement)
      if (up.localName === 'extension') return false;
    return true;
  });
}

/** A <location> made absolute by the xml:base attributes around it, outermost first, then the file's address. */
function resolved(location: Element, address: string | undefined): string {
  const written = (location.textContent ?? '').trim();
  const bases: string[] = [];
  for (let at: Element | null = location; at; at = at.parentElement) {
    const base = at.getAttributeNS(XML_NS, 'base');
    if (base !== null) bases.unshift(base.trim());
  }
  let base = address;
  for (const next of bases) base = resolve(next, base) ?? base;
  // An empty location resolves to the base itself, which is no track.
  return base === undefined || written === '' ? written : (resolve(written, base) ?? written);
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function resolve(reference: string, base: string | undefined): string | undefined {
  try {
    return new URL(reference, base).href;
  } catch {
    return undefined;
  }
}

/** A track may list several locations; the first one a browser can fetch is the one to keep. */
export function firstWebLocation(locations: readonly string[]): string | undefined {
  return locations.find((l) => /^\s*https?:/i.test(l)) ?? locations[0];
}

export function msToSeconds(ms: string | number | undefined): number | undefined {
  const value = typeof ms === 'number' ? ms : strictNumber(ms);
  return value === undefined ? undefined : value / 1000;
}
