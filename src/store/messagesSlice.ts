import type { HistoryEntry } from './historySlice';
import type { SliceCreator } from './types';

export interface Message {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly text: string;
  /** The edit the message reports, which it offers to undo for as long as that edit is the latest. */
  readonly undo?: HistoryEntry | undefined;
}

export interface MessagesSlice {
  messages: readonly Message[];
  notify: (kind: Message['kind'], text: string, undo?: HistoryEntry) => void;
  dismissMessage: (id: number) => void;
}

/** Enough to read what just happened without a wall of stale errors piling up. */
const MAX_MESSAGES = 3;

export const createMessagesSlice: SliceCreator<MessagesSlice> = (set) => {
  let nextId = 1;
  return {
    messages: [],
    notify: (kind, text, undo) =>
      set((s) => {
        const id = nextId;
        nextId += 1;
        return {
          messages: [
            ...s.messages.filter((m) => m.text !== text),
            { id, kind, text, ...(undo ? { undo } : {}) },
          ].slice(-MAX_MESSAGES),
        };
      }),
    dismissMessage: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
  };
};
