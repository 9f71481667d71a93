import type { Millis } from '../../../../specs/model/time.js';

/** Milliseconds as an argument of busybox `sleep` (fractional seconds): 1500 → "1.5". */
export function secondsText(ms: Millis): string {
  return String(Number((ms / 1000).toFixed(3)));
}

/** The longest `sleep` a run without `exitAfter` takes: about 68 years, i.e. until signalled. */
export const FOREVER_SECONDS = '2147483647';
