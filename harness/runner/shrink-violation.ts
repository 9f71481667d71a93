import fc from 'fast-check';
import type { Invariant, Violation } from '../../specs/invariant.js';
import type { Scenario } from '../../specs/model/scenario.js';
import type { Trace } from '../../specs/model/trace.js';
import type { Backend } from '../backends/backend.js';
import { ScenarioRefusedError } from '../errors/scenario-refused-error.js';
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
 * `timeLimit` bounds the search (a real cluster takes minutes per scenario). A candidate the
 * backend refuses (ScenarioRefusedError: an API server rejecting the pod) does not reproduce
 * the violation; were it taken for one, the search would shrink towards what cannot run.
 * Once `signal` aborts (Ctrl-C) no candidate reproduces it either, the search ends at once
 * and nothing is returned: the caller keeps the violation as found.
 */
export async function shrinkViolation(
  arbitrary: fc.Arbitrary<Scenario>,
  backend: Backend,
  invariant: Invariant,
  seed: number,
  timeLimit: number,
  signal?: AbortSignal,
): Promise<Shrunk | undefined> {
  const holds = fc.asyncProperty(arbitrary, async (scenario) => {
    if (signal?.aborted || backend.supports(scenario) !== true) return true;
    const trace = await runUnlessRefused(backend, scenario, signal);
    return trace === undefined || evaluate(invariant, trace, scenario).kind !== 'violation';
  });
  const result = await fc.check(holds, { seed, numRuns: 1, interruptAfterTimeLimit: timeLimit, markInterruptAsFailure: false });
  if (!result.failed || !result.counterexample || signal?.aborted) return undefined;
  const [scenario] = result.counterexample;
  const trace = await runUnlessRefused(backend, scenario, signal);
  if (trace === undefined) return undefined;
  const outcome = evaluate(invariant, trace, scenario);
  if (outcome.kind !== 'violation') return undefined;
  return { scenario, trace, violation: outcome.violation, path: result.counterexamplePath ?? '0' };
}

/** The scenario's trace; undefined when the backend refuses the scenario or the run was interrupted. */
async function runUnlessRefused(backend: Backend, scenario: Scenario, signal: AbortSignal | undefined): Promise<Trace | undefined> {
  try {
    return await backend.run(scenario, signal);
  } catch (error) {
    if (error instanceof ScenarioRefusedError || signal?.aborted) return undefined;
    throw error;
  }
}
