import { type RefObject, useEffect } from 'react';
import { reelState, sidePosition } from '../../model/tapePosition';
import { useMixtapeStore } from '../../store/StoreContext';
import { clipSecondsOf, currentIndex } from '../../store/selectors';
import type { MixtapeState } from '../../store/types';
import { cmToPx, HUB_Y, LEFT_HUB_X, RIGHT_HUB_X } from './geometry';

export interface ReelRefs {
  readonly leftPack: RefObject<SVGCircleElement | null>;
  readonly rightPack: RefObject<SVGCircleElement | null>;
  readonly leftHub: RefObject<SVGGElement | null>;
  readonly rightHub: RefObject<SVGGElement | null>;
}

/**
 * The reels are redrawn at most 30 times a second. A hub turns about once a second at most, so 30 frames
 * still look continuous, and each redraw costs a repaint of the cassette: at the display's own 60, a
 * playing tape kept a third of a core busy in headless Chromium (measured in docs/testing.md).
 */
const FRAME_MS = 1000 / 30;
/** rAF timestamps jitter by a millisecond or two; a frame this close to due is drawn. */
const FRAME_SLACK_MS = 4;

/**
 * Drives the reels from the tape's position, outside React's render loop: the engine reports the
 * position a few times a second, and between reports the tape is assumed to run at speed, so the
 * hubs turn smoothly, stop dead on pause and run backwards on rewind.
 */
export function useReelMotion(refs: ReelRefs, still: boolean): void {
  const store = useMixtapeStore();
  useEffect(() => {
    let reportedAt = performance.now();
    let frame = 0;
    let drawnAt = Number.NEGATIVE_INFINITY;

    const draw = (s: MixtapeState, now: number) => {
      const index = Math.max(0, currentIndex(s));
      const running = s.playback.status === 'playing' && !still;
      const drift = running ? (now - reportedAt) / 1000 : 0;
      const tracks = s.tape.tracks;
      const at = sidePosition(s.tape, index, s.playback.position + drift, (i) => {
        const t = tracks[i];
        return t ? clipSecondsOf(s, t) : 0;
      });
      const reels = reelState(at.elapsed, at.length);
      // Side A runs left to right; with the tape turned over, the right reel feeds the left.
      const [left, right] =
        at.side === 'A' ? [reels.supplyRadius, reels.takeUpRadius] : [reels.takeUpRadius, reels.supplyRadius];
      const [leftAngle, rightAngle] =
        at.side === 'A' ? [reels.supplyAngle, reels.takeUpAngle] : [reels.takeUpAngle, reels.supplyAngle];
      refs.leftPack.current?.setAttribute('r', cmToPx(left).toFixed(2));
      refs.rightPack.current?.setAttribute('r', cmToPx(right).toFixed(2));
      const turn = still ? 0 : 1;
      refs.leftHub.current?.setAttribute(
        'transform',
        `rotate(${(-leftAngle * turn).toFixed(1)} ${LEFT_HUB_X} ${HUB_Y})`,
      );
      refs.rightHub.current?.setAttribute(
        'transform',
        `rotate(${(-rightAngle * turn).toFixed(1)} ${RIGHT_HUB_X} ${HUB_Y})`,
      );
      return running;
    };

    const loop = (now: number) => {
      if (now - drawnAt < FRAME_MS - FRAME_SLACK_MS) {
        frame = requestAnimationFrame(loop);
        return;
      }
      drawnAt = now;
      frame = draw(store.getState(), now) ? requestAnimationFrame(loop) : 0;
    };
    const restart = () => {
      reportedAt = performance.now();
      cancelAnimationFrame(frame);
      drawnAt = Number.NEGATIVE_INFINITY;
      loop(reportedAt);
    };
    restart();
    const unsubscribe = store.subscribe(restart);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store, refs, still]);
}
