import type { Millis } from '../../../specs/model/time.js';

/** Maps time onto the plot's x range. */
export interface TimeScale {
  x0: number;
  x1: number;
  end: Millis;
  x(t: Millis): number;
}

export function timeScale(end: Millis, x0: number, x1: number): TimeScale {
  const span = Math.max(1, end);
  return { x0, x1, end, x: (t) => round(x0 + (Math.max(0, Math.min(t, span)) / span) * (x1 - x0)) };
}

/** Two decimals are plenty for a picture and keep the SVG small. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
