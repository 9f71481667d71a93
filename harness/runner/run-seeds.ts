/**
 * The seed of run `i` of a property run with seed `seed` (splitmix32). Each run is its own
 * fast-check run, so any one can be regenerated, shrunk or replayed alone — and interrupting a
 * run or splitting it across workers changes nothing about the others.
 */
export function seedFor(seed: number, run: number): number {
  let z = (seed ^ Math.imul(run + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) | 0;
}
