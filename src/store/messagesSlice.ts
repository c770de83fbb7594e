import type { MessagesSlice, SliceCreator } from './types';

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
