import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { arrangementOf, moveOnto, placeOf, SIDE_B_MARKER } from '../../model/arrangement';
import { formatLength } from '../../model/time';
import { useMixtape, useMixtapeStore } from '../../store/StoreContext';
import { useDragSensors } from './dragSensors';
import type { SortableBindings } from './sortableBindings';
import { useSortableBindings } from './useSortableBits';

/**
 * Makes one row (or side B's heading) sortable without rendering it: the row, already on the page,
 * picks these bits up from the bindings and keeps its DOM.
 */
function SortableBinding({ id, bindings }: { id: string; bindings: SortableBindings }) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } =
    useSortable(
      // The side B marker is only a place to drop: it marks where the tape turns over.
      id === SIDE_B_MARKER ? { id, disabled: { draggable: true, droppable: false } } : { id },
    );
  const handleProps = useMemo(
    () => ({ ...attributes, ...listeners, 'aria-describedby': 'reorder-instructions' }),
    [attributes, listeners],
  );
  const translate = CSS.Translate.toString(transform);
  useLayoutEffect(() => {
    bindings.set(id, {
      setNodeRef,
      handleRef: setActivatorNodeRef,
      handleProps,
      style: { transform: translate, transition },
      dragging: isDragging,
    });
  }, [bindings, id, setNodeRef, setActivatorNodeRef, handleProps, translate, transition, isDragging]);
  useLayoutEffect(() => () => bindings.set(id, undefined), [bindings, id]);
  return null;
}

/**
 * Drag and drop over both sides: mouse, touch and keyboard, announced by place, never by id. Rendered
 * beside the rows (not around them), so its arrival changes no element on the page.
 */
export default function SortableLayer() {
  const store = useMixtapeStore();
  const bindings = useSortableBindings();
  const tape = useMixtape((s) => s.tape);
  const moveTrack = useMixtape((s) => s.moveTrack);
  const [activeId, setActiveId] = useState<string | null>(null);
  const projected = useRef<string | null>(null);
  const items = useMemo(() => arrangementOf(tape), [tape]);
  const sensors = useDragSensors();

  const announcements = useMemo<Announcements>(() => {
    const titleOf = (id: string | number) =>
      store.getState().tape.tracks.find((t) => t.id === id)?.title ?? 'Track';
    const where = (active: string | number, over: string | number | undefined) => {
      const current = store.getState().tape;
      const tapeAfter = over === undefined ? current : moveOnto(current, String(active), String(over));
      const at = placeOf(tapeAfter, String(active));
      return at ? `place ${at.place} of ${at.total}, side ${at.side}` : 'its place';
    };
    return {
      onDragStart: ({ active }) => {
        projected.current = null;
        return `Picked up ${titleOf(active.id)}, at ${where(active.id, undefined)}.`;
      },
      // Until the place changes there is nothing new to say, and saying it would drown out "Picked up".
      onDragOver: ({ active, over }) => {
        if (!over) return `${titleOf(active.id)} is outside the tracklist.`;
        const place = where(active.id, over.id);
        projected.current = place;
        return place === where(active.id, undefined) ? undefined : `${titleOf(active.id)} moved to ${place}.`;
      },
      // The store has the move by the time this is said, so say the place it was last seen heading for.
      onDragEnd: ({ active, over }) => {
        const place = projected.current ?? where(active.id, undefined);
        projected.current = null;
        return over
          ? `${titleOf(active.id)} dropped at ${place}.`
          : `${titleOf(active.id)} dropped back at ${where(active.id, undefined)}.`;
      },
      onDragCancel: ({ active }) =>
        `Reordering cancelled. ${titleOf(active.id)} is back at ${where(active.id, undefined)}.`,
    };
  }, [store]);

  const onDragStart = ({ active }: DragStartEvent) => setActiveId(String(active.id));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    if (over && active.id !== over.id) moveTrack(String(active.id), String(over.id));
  };
  const dragged = activeId ? tape.tracks.find((t) => t.id === activeId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: '' } }}
    >
      <SortableContext items={items} strategy={verticalListSortingStrategy}>
        {bindings ? items.map((id) => <SortableBinding key={id} id={id} bindings={bindings} />) : null}
      </SortableContext>
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <div className="track-overlay" aria-hidden="true">
            <span className="track-title">{dragged.title}</span>
            <span className="track-artist">{dragged.artist}</span>
            <span className="track-time">{formatLength(dragged.clipSeconds)}</span>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
