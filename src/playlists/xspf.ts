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

export function parseXspf(text: string): ParsedPlaylist {
  const parsed = xmlDocument(text);
  if (!parsed.ok) return { ok: false, message: `This XSPF file isn’t valid XML (${parsed.detail}).` };
  const root = parsed.doc.documentElement;
  if (root.localName !== 'playlist') {
    return {
      ok: false,
      message: `This isn’t an XSPF playlist: its outermost element is <${root.localName}>.`,
    };
  }
  const trackList = children(root, 'trackList')[0];
  const entries = (trackList ? children(trackList, 'track') : []).map(
    (track): RawEntry => ({
      location: firstWebLocation(children(track, 'location').map((l) => l.textContent ?? '')),
      title: childText(track, 'title'),
      artist: childText(track, 'creator'),
      album: childText(track, 'album'),
      seconds: msToSeconds(childText(track, 'duration')),
    }),
  );
  return { ok: true, title: childText(root, 'title'), entries };
}

// Only the spec's own elements count: VLC nests <extension> blocks that also hold titles and ids.
function children(parent: Element, name: string): Element[] {
  return [...parent.children].filter(
    (child) => child.localName === name && (child.namespaceURI === XSPF_NS || child.namespaceURI === null),
  );
}

function childText(parent: Element, name: string): string | undefined {
  return children(parent, name)[0]?.textContent ?? undefined;
}

/** A track may list several locations; the first one a browser can fetch is the one to keep. */
export function firstWebLocation(locations: readonly string[]): string | undefined {
  return locations.find((l) => /^\s*https?:/i.test(l)) ?? locations[0];
}

export function msToSeconds(ms: string | number | undefined): number | undefined {
  const value = typeof ms === 'number' ? ms : strictNumber(ms);
  return value === undefined ? undefined : value / 1000;
}
