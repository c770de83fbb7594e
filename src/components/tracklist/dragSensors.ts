import {
  KeyboardSensor,
  PointerSensor,
  type PointerSensorOptions,
  type SensorDescriptor,
  type SensorOptions,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

/** A mouse or pen drag starts once the pointer has moved this far (px) with its button down. */
export const POINTER_DRAG_DISTANCE_PX = 4;
/** A finger must rest on a handle this long (ms) before its track is picked up: the README's promise. */
export const TOUCH_PRESS_MS = 180;
/** How far (px) a resting finger may wander before the press counts as a swipe and is let go. */
export const TOUCH_PRESS_TOLERANCE_PX = 6;

/**
 * Whether a pointerdown may start a pointer drag: the primary button of the primary mouse or pen.
 * Never a finger: browsers fire pointer events for touch too (pointerType 'touch', W3C Pointer
 * Events), and a finger taken by distance would turn every swipe over a handle into a drag. Fingers
 * belong to the touch sensor, which waits for a press.
 */
export function startsPointerDrag(
  event: Pick<PointerEvent, 'isPrimary' | 'button' | 'pointerType'>,
): boolean {
  return event.isPrimary && event.button === 0 && event.pointerType !== 'touch';
}

/**
 * dnd-kit's PointerSensor for mouse and pen only. Its own activator takes any primary pointer, and
 * pointerdown comes before touchstart, so it would claim every touch before the TouchSensor's delay
 * could matter (dnd-kit gives a press to the first sensor that accepts it).
 */
export class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent }: { nativeEvent: PointerEvent }, { onActivation }: PointerSensorOptions) => {
        if (!startsPointerDrag(nativeEvent)) return false;
        onActivation?.({ event: nativeEvent });
        return true;
      },
    },
  ];
}

/**
 * The tracklist's sensors: mouse and pen after a short move, a finger after a press (so a swipe
 * scrolls, with the handle's `touch-action: manipulation` letting the browser pan), and the keyboard.
 */
export function useDragSensors(): SensorDescriptor<SensorOptions>[] {
  return useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: POINTER_DRAG_DISTANCE_PX } }),
    useSensor(TouchSensor, {
      activationConstraint: { delay: TOUCH_PRESS_MS, tolerance: TOUCH_PRESS_TOLERANCE_PX },
    }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
}
