import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, useRef, useState } from 'react';
import { arrangementOf, moveOnto, placeOf, SIDE_B_MARKER } from '../../model/arrangement';
import { formatTime } from '../../model/time';
import { useMixtape, useMixtapeStore } from '../../store/StoreContext';
import type { HeadingProps, RowProps } from './rowTypes';
import { SideHeading } from './SideHeading';
import { TrackRow } from './TrackRow';
import { TrackSides } from './TrackSides';

function SortableRow(props: RowProps) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } =
    useSortable({
      id: props.track.id,
    });
  return (
    <TrackRow
      {...props}
      setNodeRef={setNodeRef}
      handleRef={setActivatorNodeRef}
      handleProps={{ ...attributes, ...listeners, 'aria-describedby': 'reorder-instructions' }}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      dragging={isDragging}
    />
  );
}

/** The side B heading sorts too, but only as a place to drop: it marks where the tape turns over. */
function SortableHeading(props: HeadingProps) {
  const { setNodeRef, transform, transition } = useSortable({
    id: SIDE_B_MARKER,
    disabled: { draggable: true, droppable: false },
  });
  if (props.side === 'A') return <SideHeading {...props} />;
  return (
    <SideHeading
      {...props}
      setNodeRef={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    />
  );
}

/** Drag and drop over both sides: mouse, touch and keyboard, announced by place, never by id. */
export default function SortableTrackSides() {
  const store = useMixtapeStore();
  const tape = useMixtape((s) => s.tape);
  const moveTrack = useMixtape((s) => s.moveTrack);
  const [activeId, setActiveId] = useState<string | null>(null);
  const projected = useRef<string | null>(null);
  const items = useMemo(() => arrangementOf(tape), [tape]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

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
        <TrackSides Row={SortableRow} Heading={SortableHeading} />
      </SortableContext>
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <div className="track-overlay" aria-hidden="true">
            <span className="track-title">{dragged.title}</span>
            <span className="track-artist">{dragged.artist}</span>
            <span className="track-time">{formatTime(dragged.clipSeconds)}</span>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
