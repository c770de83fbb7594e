import { beforeEach, describe, expect, it } from 'vitest';
import { replyTape, setDedication, setTrackNote } from '../../src/model/gift';
import { dedicationLine, replyLine } from '../../src/model/giftLines';
import { cleanDedication, cleanLine, cleanMessage } from '../../src/model/giftText';
import { STORAGE_KEY } from '../../src/persistence/schema';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import golden from '../fixtures/stored-shelf.json';
import { MemoryStorage } from '../support/memoryStorage';
import { makeTape } from '../support/tapes';

describe('cleaning, as titles are cleaned', () => {
  it('names and notes: one line, control characters out, white space made one, cut whole characters', () => {
    expect(cleanLine('  Sam\u0000\t\n the\u0007 Great  ', 40)).toBe('Sam the Great');
    expect(cleanLine(`${'a'.repeat(39)}🎧`, 40)).toBe('a'.repeat(39));
    expect(cleanLine('<b>bold</b>', 40)).toBe('<b>bold</b>');
  });

  it('a message keeps its line breaks, at most one empty line in a row, and 280 characters', () => {
    expect(cleanMessage('Dear Sam,\r\n\r\n\r\n\r\nhappy  birthday\u0000!\n ')).toBe(
      'Dear Sam,\n\nhappy birthday !',
    );
    expect(cleanMessage('x'.repeat(300))).toHaveLength(280);
  });

  it('a dedication with nothing left is none', () => {
    expect(cleanDedication({ from: ' ', to: '\u0000', message: '\n\n' })).toBeUndefined();
    expect(cleanDedication({ to: 'Sam' })).toEqual({ from: '', to: 'Sam', message: '' });
  });
});

describe('edits', () => {
  const tape = makeTape(3);

  it('setDedication sets, keeps the same tape when nothing changes, and removes', () => {
    const given = setDedication(tape, { from: 'Alex', to: 'Sam', message: 'Hi' });
    expect(given.dedication).toEqual({ from: 'Alex', to: 'Sam', message: 'Hi' });
    expect(setDedication(given, { from: ' Alex ', to: 'Sam', message: 'Hi' })).toBe(given);
    expect(setDedication(given, null)).not.toHaveProperty('dedication');
    expect(setDedication(given, { from: '', to: '', message: '' })).not.toHaveProperty('dedication');
  });

  it('setTrackNote sets one track’s note, cleaned, and an empty note removes it', () => {
    const noted = setTrackNote(tape, 't2', '  why\nthis one ');
    expect(noted.tracks.map((t) => t.note)).toEqual([undefined, 'why this one', undefined]);
    expect(setTrackNote(noted, 't2', 'why this one')).toBe(noted);
    expect(setTrackNote(noted, 't2', ' ').tracks[1]).not.toHaveProperty('note');
    expect(setTrackNote(noted, 'nope', 'x')).toBe(noted);
    expect(setTrackNote(tape, 't1', 'x'.repeat(200)).tracks[0]?.note).toHaveLength(140);
  });

  it('the lines people read', () => {
    expect(dedicationLine({ from: 'Alex', to: 'Sam', message: '' })).toBe('for Sam, from Alex');
    expect(dedicationLine({ from: '', to: 'Sam', message: 'x' })).toBe('for Sam');
    expect(dedicationLine(undefined)).toBe('');
    expect(replyLine({ title: 'Summer', from: 'Alex' })).toBe('in reply to “Summer” from Alex');
    expect(replyLine({ title: 'Summer', from: '' })).toBe('in reply to “Summer”');
  });

  it('replyTape swaps To and From, names the tape it answers, and starts blank', () => {
    const sent = { ...tape, title: 'Summer', dedication: { from: 'Alex', to: 'Sam', message: 'Hi' } };
    const back = replyTape({ id: 'r', n: 2, now: 5 }, sent);
    expect(back).toMatchObject({
      id: 'r',
      title: 'For Alex',
      tracks: [],
      dedication: { from: 'Sam', to: 'Alex', message: '' },
      replyTo: { title: 'Summer', from: 'Alex' },
      updatedAt: 5,
    });
    const anonymous = replyTape({ id: 'r', n: 0, now: 5 }, { ...tape, title: 'Summer' });
    expect(anonymous.title).toBe('Reply to Summer');
    expect(anonymous).not.toHaveProperty('dedication');
    expect(anonymous.replyTo).toEqual({ title: 'Summer', from: '' });
  });
});

describe('the store', () => {
  let store: MixtapeStore;
  let ids = 0;
  const state = () => store.getState();
  beforeEach(() => {
    ids = 0;
    store = createMixtapeStore({
      tape: { ...makeTape(3), id: 'builtin' },
      newId: () => {
        ids += 1;
        return `id${ids}`;
      },
    });
  });

  it('setDedication and setTrackNote are one undoable step each, on the user’s own copy', async () => {
    await state().setDedication({ from: 'Alex', to: 'Sam', message: 'Hi' });
    expect(state().tape.id).toBe('id1');
    await state().setTrackNote('t2', 'why');
    expect(state().tape.tracks[1]?.note).toBe('why');
    expect(state().history.past.at(-1)?.label).toBe('Edit the note on “Song 2”');
    state().undo();
    expect(state().tape.tracks[1]?.note).toBeUndefined();
    expect(state().tape.dedication).toEqual({ from: 'Alex', to: 'Sam', message: 'Hi' });
    state().undo();
    expect(state().tape.dedication).toBeUndefined();
    state().redo();
    expect(state().tape.dedication?.to).toBe('Sam');
  });

  it('makeOneBack opens a new tape addressed to the sender, and undo takes it away', async () => {
    state().receiveTape({
      ...makeTape(2),
      id: 'shared-x',
      title: 'Summer',
      dedication: { from: 'Alex', to: 'Sam', message: '' },
    });
    await state().makeOneBack();
    expect(state().tape).toMatchObject({
      id: 'id1',
      title: 'For Alex',
      replyTo: { title: 'Summer', from: 'Alex' },
    });
    expect(state().tape.dedication).toEqual({ from: 'Sam', to: 'Alex', message: '' });
    state().undo();
    expect(state().shelf.tapes).toHaveLength(0);
  });
});

describe('the stored shelf', () => {
  it('keeps dedications, replies and notes', async () => {
    const storage = new MemoryStorage();
    const first = createMixtapeStore({ tape: { ...makeTape(3), id: 'builtin' }, storage });
    await first.getState().setDedication({ from: 'Alex', to: 'Sam', message: 'Line one\nline two' });
    await first.getState().setTrackNote('t1', 'für dich 🎧');
    await first.getState().makeOneBack();
    const again = createMixtapeStore({ tape: { ...makeTape(3), id: 'builtin' }, storage }).getState();
    const [own, reply] = again.shelf.tapes;
    expect(own?.dedication).toEqual({ from: 'Alex', to: 'Sam', message: 'Line one\nline two' });
    expect(own?.tracks[0]?.note).toBe('für dich 🎧');
    expect(reply?.replyTo?.from).toBe('Alex');
    expect(again.storage.unreadable).toBeNull();
  });

  it('still opens a shelf stored before there were gifts', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(golden.v2));
    const s = createMixtapeStore({ tape: { ...makeTape(1), id: 'juno-2007' }, storage }).getState();
    expect(s.tape.title).toBe('Bleeker’s tape');
    expect(s.tape.dedication).toBeUndefined();
    expect(s.storage.unreadable).toBeNull();
  });
});
