import fc from 'fast-check';
import type { Millis } from '../specs/model/time.js';

/** Durations in half-second steps: shrinking walks them down to 0. */
export function duration(maxSeconds: number, minSeconds = 0): fc.Arbitrary<Millis> {
  return fc.integer({ min: minSeconds * 2, max: maxSeconds * 2 }).map((halves) => halves * 500);
}

/** Whole seconds, for fields the API counts in seconds. */
export function wholeSeconds(min: number, max: number): fc.Arbitrary<number> {
  return fc.integer({ min, max });
}

/** An optional value, present with the given probability; it shrinks to absent. */
export function maybe<T>(arb: fc.Arbitrary<T>, presence = 0.5): fc.Arbitrary<T | undefined> {
  const present = Math.round(presence * 100);
  return fc.oneof({ weight: 100 - present, arbitrary: fc.constant(undefined) }, { weight: present, arbitrary: arb });
}

/** Drops keys whose value is undefined, so generated objects read like hand-written ones. */
export function compact<T extends object>(value: T): T {
  const out = {} as Record<string, unknown>;
  const from = value as Record<string, unknown>;
  for (const k in from) if (Object.hasOwn(from, k) && from[k] !== undefined) out[k] = from[k];
  return out as T;
}
