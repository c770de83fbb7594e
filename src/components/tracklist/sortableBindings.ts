import type { SortableBits } from './rowTypes';

/**
 * Where the lazily loaded drag-and-drop layer hands each row its sortable bits (refs, handle props,
 * transform), keyed by track id. The rows are rendered once, before drag and drop has loaded, and
 * pick their bits up from here when it arrives: nothing is unmounted or rebuilt on the way.
 */
export interface SortableBindings {
  get(id: string): SortableBits | undefined;
  /** Publishes a row's bits (undefined withdraws them); listeners hear only of real changes. */
  set(id: string, bits: SortableBits | undefined): void;
  subscribe(id: string, listener: () => void): () => void;
}

function sameBits(a: SortableBits | undefined, b: SortableBits | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.setNodeRef === b.setNodeRef &&
    a.handleRef === b.handleRef &&
    a.handleProps === b.handleProps &&
    a.dragging === b.dragging &&
    a.style?.transform === b.style?.transform &&
    a.style?.transition === b.style?.transition
  );
}

export function createSortableBindings(): SortableBindings {
  const bits = new Map<string, SortableBits>();
  const listeners = new Map<string, Set<() => void>>();
  return {
    get: (id) => bits.get(id),
    set: (id, next) => {
      if (sameBits(bits.get(id), next)) return;
      if (next) bits.set(id, next);
      else bits.delete(id);
      for (const listener of listeners.get(id) ?? []) listener();
    },
    subscribe: (id, listener) => {
      let forId = listeners.get(id);
      if (!forId) {
        forId = new Set();
        listeners.set(id, forId);
      }
      forId.add(listener);
      return () => {
        forId.delete(listener);
        if (forId.size === 0) listeners.delete(id);
      };
    },
  };
}
