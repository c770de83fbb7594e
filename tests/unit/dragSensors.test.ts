// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { MouseAndPenSensor, startsPointerDrag } from '../../src/components/tracklist/dragSensors';

const press = (pointerType: string, extra: Partial<{ isPrimary: boolean; button: number }> = {}) => ({
  isPrimary: true,
  button: 0,
  pointerType,
  ...extra,
});

describe('which presses start a pointer drag', () => {
  it('takes the main button of a mouse or a pen', () => {
    expect(startsPointerDrag(press('mouse'))).toBe(true);
    expect(startsPointerDrag(press('pen'))).toBe(true);
  });

  it('never takes a finger: touch is left to the touch sensor, which waits for a press', () => {
    expect(startsPointerDrag(press('touch'))).toBe(false);
  });

  it('takes no other button, and no second pointer', () => {
    expect(startsPointerDrag(press('mouse', { button: 2 }))).toBe(false);
    expect(startsPointerDrag(press('pen', { isPrimary: false }))).toBe(false);
  });
});

describe('the mouse and pen sensor', () => {
  it('declines a touch pointerdown without starting anything, and takes a mouse one', () => {
    const [activator] = MouseAndPenSensor.activators;
    if (!activator) throw new Error('no activator');
    const onActivation = vi.fn();
    const pointerdown = (pointerType: string) => ({
      nativeEvent: new PointerEvent('pointerdown', press(pointerType)),
    });
    expect(activator.eventName).toBe('onPointerDown');
    expect(activator.handler(pointerdown('touch'), { onActivation })).toBe(false);
    expect(onActivation).not.toHaveBeenCalled();
    expect(activator.handler(pointerdown('mouse'), { onActivation })).toBe(true);
    expect(onActivation).toHaveBeenCalledOnce();
  });
});
