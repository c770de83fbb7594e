// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keyNames } from '../../src/commands/keyNames';
import { COMMAND_LIST, COMMANDS } from '../../src/commands/transport';
import { Transport } from '../../src/components/deck/Transport';
import { ShortcutHelp } from '../../src/components/ShortcutHelp';
import { SHORTCUTS } from '../../src/platform/shortcuts';
import { renderWithStore } from '../support/renderApp';
import { makeTape } from '../support/tapes';

/** The command a deck key runs: the play key is named for what a press does now, and toggles. */
const commandOf = (name: string) =>
  name === 'Play' || name === 'Pause' ? COMMANDS.playPause : COMMAND_LIST.find((c) => c.label === name);

describe('the command table, where it is read', () => {
  it('every command with keys is in the "?" list, its keys beside its words', () => {
    renderWithStore(<ShortcutHelp open onClose={() => {}} />);
    const rows = screen.getAllByRole('term', { hidden: true }).map((dt) => dt.parentElement);
    for (const command of SHORTCUTS) {
      const row = rows.find((r) => r?.querySelector('dt')?.textContent === keyNames(command.keys));
      expect(row, keyNames(command.keys)).toBeDefined();
      expect(row?.querySelector('dd')).toHaveTextContent(command.help ?? command.label);
    }
  });

  it.each([
    ['a tape with tracks', makeTape(3)],
    ['an empty tape', { ...makeTape(0), sideBStart: 0 }],
  ])('each deck key is disabled exactly when its command is not enabled, on %s', (_what, tape) => {
    const { store } = renderWithStore(<Transport />, tape);
    const keys = within(screen.getByRole('group', { name: 'Transport' })).getAllByRole('button');
    expect(keys).toHaveLength(6);
    for (const key of keys) {
      const command = commandOf(key.getAttribute('aria-label') ?? '');
      expect(command, key.getAttribute('aria-label') ?? '').toBeDefined();
      expect((key as HTMLButtonElement).disabled).toBe(command?.enabled?.(store.getState()) === false);
    }
  });

  it('a playlist dropped on the deck becomes a new tape, as the Import playlist picker makes it', async () => {
    const { store } = renderWithStore();
    const file = new File(['#EXTM3U\n#EXTINF:12,Band - Song\nhttps://example.com/song.mp3\n'], 'dropped.m3u');
    fireEvent.drop(screen.getByRole('region', { name: 'Tape deck' }), {
      dataTransfer: { types: ['Files'], files: [file] },
    });
    await waitFor(() => expect(store.getState().shelf.tapes.map((t) => t.title)).toContain('dropped'));
    expect(await screen.findByText('Imported “dropped” as a new tape: 1 track.')).toBeInTheDocument();
  });

  it('a playlist mixing web addresses and local paths is one tape in its order, no separate match run', async () => {
    const { store } = renderWithStore();
    const m3u =
      '#EXTM3U\n#EXTINF:12,Band - Local\nC:\\Music\\local.mp3\n#EXTINF:12,Band - Web\nhttps://example.com/web.mp3\n';
    fireEvent.drop(screen.getByRole('region', { name: 'Tape deck' }), {
      dataTransfer: { types: ['Files'], files: [new File([m3u], 'mixed.m3u')] },
    });
    expect(
      await screen.findByText(
        'Imported “mixed” as a new tape: 1 track, and 1 song awaiting a preview (“Find real previews” looks them up).',
      ),
    ).toBeInTheDocument();
    expect(store.getState().tape.tracks.map((t) => [t.title, t.source])).toEqual([
      ['Local', 'wanted'],
      ['Web', 'url'],
    ]);
    expect(store.getState().matchJob).toBeNull();
  });
});
