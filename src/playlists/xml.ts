export type XmlResult =
  | { readonly ok: true; readonly doc: Document }
  | { readonly ok: false; readonly detail: string };

/** Parses XML the browser's way; a broken file comes back as a document holding a <parsererror>. */
export function xmlDocument(text: string): XmlResult {
  if (typeof DOMParser === 'undefined') return { ok: false, detail: 'no XML reader is available here' };
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(text, 'application/xml');
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : 'unreadable' };
  }
  const problem = doc.getElementsByTagName('parsererror')[0];
  if (problem) return { ok: false, detail: describeXmlError(problem.textContent ?? '') };
  return { ok: true, doc };
}

// Every engine words this differently: Chrome "error on line 3 at column 7: …", Firefox
// "XML Parsing Error: … Line Number 3, Column 7:", jsdom "3:7: …".
function describeXmlError(report: string): string {
  const line = /line(?: number)? (\d+)/i.exec(report)?.[1] ?? /^\s*(\d+):\d+:/.exec(report)?.[1] ?? undefined;
  const what =
    /column \d+: ([^\n]+)/i.exec(report)?.[1] ??
    /XML Parsing Error: ([^\n]+)/i.exec(report)?.[1] ??
    /^\s*\d+:\d+: ([^\n]+)/.exec(report)?.[1] ??
    report.split('\n').find((l) => l.trim()) ??
    'unreadable';
  const detail = what.trim().replace(/\.$/, '').slice(0, 120);
  return line === undefined ? detail : `line ${line}: ${detail}`;
}
