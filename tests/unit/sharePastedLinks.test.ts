import { describe, expect, it } from 'vitest';
import { junoTape } from '../../src/data/junoTape';
import type { Tape } from '../../src/model/tape';
import { decodeTape, encodeTape, payloadFromHash, tapeContent } from '../../src/share/codec';
import { looksCutOff, payloadText, withCutUnderscores } from '../../src/share/pastedText';
// Copied unchanged from the real-world cases handed over with issue 13 (shared/cases/real-world), where
// docs/sharing.md says what each line must give: every line opens its tape.
import caseFile from '../fixtures/real-world/r05-share-links.txt?raw';

function decoded(payload: string): Tape {
  const result = decodeTape(payload);
  if (!result.ok) throw new Error(`expected a tape, got ${result.error.kind}: ${result.error.message}`);
  return result.tape;
}

/** The case file's lines as [label, payload]; its `\n` stands for a line break in what was pasted. */
const caseLines = caseFile
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const bar = line.lastIndexOf('|');
    return [line.slice(0, bar), line.slice(bar + 1).replaceAll('\\n', '\n')] as const;
  });

describe('r05-share-links.txt: share payloads as people paste them', () => {
  const roadTrip = { ...junoTape(), title: 'Road trip mix ab141' };
  const expected: Record<string, Tape> = {
    'intact (ends in _)': roadTrip,
    'GFM autolink dropped the trailing _': roadTrip,
    "copied with the sentence's full stop": junoTape(),
    'link written in parentheses': junoTape(),
    "mail client's <angle brackets> kept the >": junoTape(),
    'reply quoting broke the line with "> " (\\n = line break)': junoTape(),
  };

  it('holds the six lines docs/sharing.md describes', () => {
    expect(caseLines.map(([label]) => label)).toEqual(Object.keys(expected));
    expect(caseLines[5]?.[1]).toContain('\n> ');
  });

  it.each(caseLines)('%s: opens its tape', (label, payload) => {
    const tape = expected[label];
    if (!tape) throw new Error(`no expected tape for ${label}`);
    expect(tapeContent(decoded(payload))).toEqual(tapeContent(tape));
  });

  it('the cut link opens as the very tape the whole one does, so opening both is recognised', () => {
    const [[, whole], [, cut]] = caseLines as [(typeof caseLines)[0], (typeof caseLines)[0]];
    expect(whole.endsWith('_') && `${cut}_` === whole).toBe(true);
    expect(decoded(cut).id).toBe(decoded(whole).id);
  });

  it('each pasted Juno link opens as the same tape as the clean one', () => {
    const clean = encodeTape(junoTape()).payload;
    const ids = caseLines.slice(2).map(([, payload]) => decoded(payload).id);
    expect(new Set(ids)).toEqual(new Set([decoded(clean).id]));
  });

  it('the same tape shared today ends in a character no autolink drops, and opens the same', () => {
    const { payload } = encodeTape(roadTrip);
    expect(payload).toMatch(/[A-Za-z0-9]$/);
    expect(tapeContent(decoded(payload))).toEqual(tapeContent(roadTrip));
  });
});

describe('payloadText', () => {
  it.each([
    ['1AF0KEw', '1AF0KEw'],
    ['1AF0KEw.', '1AF0KEw'],
    ['(1AF0KEw).', '1AF0KEw'],
    ['<1AF0KEw>', '1AF0KEw'],
    ['1AF0\r\n> KEw', '1AF0KEw'],
    ['1AF0\n>> KEw\n', '1AF0KEw'],
    ['  1AF0 KEw  ', '1AF0KEw'],
    ['1A-_F', '1A-_F'],
    // As a browser keeps a pasted link's space, quoting and brackets in location.hash.
    ['1AF0%3E%20KEw%29.', '1AF0KEw'],
    ['1AF0%0D%0A%3e%20KEw', '1AF0KEw'],
    ['1AF0%E2%80%8BKEw', '1AF0KEw'],
    // A lone % is not an escape; it is dropped like any other stray character.
    ['1AF0%KEw%', '1AF0KEw'],
  ])('%j is %j', (text, payload) => {
    expect(payloadText(text)).toBe(payload);
  });
});

describe('withCutUnderscores and looksCutOff', () => {
  it.each([
    ['1ABCD', null],
    ['1ABC', '1ABC_'],
    ['1AB', '1AB__'],
    ['1A', '1A___'],
    ['1', null],
    ['', null],
  ])('%j was %j before an autolink cut it', (payload, whole) => {
    expect(withCutUnderscores(payload)).toBe(whole);
  });

  it('only a length no whole link has looks cut off', () => {
    expect(['1A', '1ABCDE'].map(looksCutOff)).toEqual([true, true]);
    expect(['', '1', '1AB', '1ABC', '1ABCD'].map(looksCutOff)).toEqual([false, false, false, false, false]);
  });
});

describe('links that still do not open', () => {
  const whole = encodeTape(junoTape()).payload;

  it('a link missing more than underscores says it looks cut off and to ask for it again', () => {
    // 35 characters; the version and 33 more is a length no whole link has.
    const cut = whole.slice(0, 34);
    expect(looksCutOff(cut)).toBe(true);
    const result = decodeTape(cut);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('malformed');
    expect(result.error.message).toMatch(/looks cut off/);
    expect(result.error.message).toMatch(/Ask whoever sent it to send the whole link again/);
  });

  it('a changed character is still turned away as damaged, with a way forward', () => {
    const changed = `${whole.slice(0, 9)}${whole[9] === 'A' ? 'B' : 'A'}${whole.slice(10)}`;
    const result = decodeTape(`(${changed}).`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/damaged .* ask whoever sent it to send it again/);
  });

  it('payloadFromHash cleans the hash as a browser keeps it, and still tells an anchor from a link', () => {
    expect(payloadFromHash(`#${whole.slice(0, 10)}%0A%3E%20${whole.slice(10)}).`)).toBe(whole);
    expect(payloadFromHash('#%3C1AF0KEw%3E')).toBe('1AF0KEw');
    expect(payloadFromHash('#main-content')).toBeNull();
    expect(payloadFromHash('#).')).toBeNull();
  });
});
