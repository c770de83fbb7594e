import type { Ref } from 'react';
import { HUB_RADIUS_CM } from '../../model/tapePosition';
import { cmToPx, HUB_Y } from './geometry';

const TEETH = [0, 60, 120, 180, 240, 300];
const HUB_PX = cmToPx(HUB_RADIUS_CM);

/** One hub: the white plastic ring with six drive teeth, drawn around (x, HUB_Y). */
export function Hub({ x, hubRef }: { x: number; hubRef: Ref<SVGGElement> }) {
  return (
    <g ref={hubRef} className="hub">
      <circle cx={x} cy={HUB_Y} r={HUB_PX * 0.62} className="hub-ring" />
      <circle cx={x} cy={HUB_Y} r={HUB_PX * 0.36} className="hub-hole" />
      {TEETH.map((deg) => (
        <rect
          key={deg}
          x={x - 1.6}
          y={HUB_Y - HUB_PX * 0.4}
          width={3.2}
          height={5}
          rx={1}
          className="hub-tooth"
          transform={`rotate(${deg} ${x} ${HUB_Y})`}
        />
      ))}
    </g>
  );
}
