/** Milliseconds since the scenario started (virtual time in the simulator, wall time on a cluster). */
export type Millis = number;

export const SECOND: Millis = 1000;
export const MINUTE: Millis = 60 * SECOND;

export function seconds(n: number): Millis {
  return n * SECOND;
}
