import fc from 'fast-check';
import type { Invariant, Violation } from '../../specs/invariant.js';
import type { Scenario } from '../../specs/model/scenario.js';
import type { Trace } from '../../specs/model/trace.js';
import type { Backend } from '../backends/backend.js';
import { evaluate } from './evaluate.js';

export interface Shrunk {
  scenario: Scenario;
  trace: Trace;
  violation: Violation;
  path: string;
}

/**
 * Shrinks a violation found in the run with this seed: fast-check replays that run and
 * looks for a smaller scenario on which the same invariant is still violated.
 * `timeLimit` bounds the search (a real cluster takes minutes per scenario).
 */
export async function shrinkViolation(
  arbitrary: fc.Arbitrary<Scenario>,
  backend: Backend,
  invariant: Invariant,
  seed: number,
  timeLimit: number,
): Promise<Shrunk | undefined> {
  const holds = fc.asyncProperty(arbitrary, async (scenario) => {
    if (backend.supports(scenario) !== true) return true;
    const trace = await backend.run(scenario);
    return evaluate(invariant, trace, scenario).kind !== 'violation';
  });
  const result = await fc.check(holds, { seed, numRuns: 1, interruptAfterTimeLimit: timeLimit, markInterruptAsFailure: false });
  if (!result.failed || !result.counterexample) return undefined;
  const [scenario] = result.counterexample;
  const trace = await backend.run(scenario);
  const outcome = evaluate(invariant, trace, scenario);
  if (outcome.kind !== 'violation') return undefined;
  return { scenario, trace, violation: outcome.violation, path: result.counterexamplePath ?? '0' };
}
