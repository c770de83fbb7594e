import type { CSSProperties, HTMLAttributes } from 'react';
import type { Track } from '../../model/track';

/** What the drag-and-drop layer hands a row (or side B's heading): a ref, a transform while things move, and the handle's props. */
export interface SortableBits {
  readonly setNodeRef?: (node: HTMLElement | null) => void;
  readonly style?: CSSProperties;
  readonly handleProps?: HTMLAttributes<HTMLButtonElement>;
  readonly handleRef?: (node: HTMLElement | null) => void;
  readonly dragging?: boolean;
}

export interface RowProps {
  readonly track: Track;
  /** 1-based place on the whole tape. */
  readonly number: number;
  readonly total: number;
  /** The length the row shows and its side counts (tapeSeconds): the song's where known. */
  readonly seconds: number;
  /** All that is known is the preview's length: the row says it is the clip's. */
  readonly clipOnly: boolean;
  readonly current: boolean;
  /** This row's clip is the one sounding (false on every row but the current one). */
  readonly playing: boolean;
  readonly problem: string | undefined;
}

export interface HeadingProps {
  readonly side: 'A' | 'B';
  readonly count: number;
  readonly used: number;
  readonly capacity: number;
  readonly over: number;
  readonly tapeLength: string;
}
