import type { TapeColors } from './tape';

/** Cassette shells and label papers a new tape is dealt from, in turn (CSS hex colours). */
export const SHELL_COLORS = ['#2f2a26', '#c8431f', '#2d5d7b', '#e9e4d8', '#3d6b4f', '#6b3d6b'] as const;
export const LABEL_COLORS = ['#f4e3b5', '#fdfbf5', '#f6c9b8', '#cfe3d4', '#d6def2', '#f7e27c'] as const;

/**
 * The n-th new tape's shell and label (n from 0), going round each palette, so tapes made one after
 * another look different on the shelf.
 */
export function dealColors(n: number): TapeColors {
  return {
    shell: SHELL_COLORS[n % SHELL_COLORS.length] ?? SHELL_COLORS[0],
    label: LABEL_COLORS[n % LABEL_COLORS.length] ?? LABEL_COLORS[0],
  };
}
