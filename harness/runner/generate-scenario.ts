import fc from 'fast-check';
import type { Scenario } from '../../specs/model/scenario.js';

/** The scenario fast-check's first run would use with this seed (what `fc.check(…, {seed, numRuns: 1})` sees). */
export function generateScenario(arbitrary: fc.Arbitrary<Scenario>, seed: number): Scenario {
  return fc.sample(arbitrary, { seed, numRuns: 1 })[0]!;
}
