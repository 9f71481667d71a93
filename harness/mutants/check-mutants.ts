import type { Invariant } from '../../specs/invariant.js';
import { evaluate } from '../runner/evaluate.js';
import { generateScenario } from '../runner/generate-scenario.js';
import { propertyRun } from '../runner/property-run.js';
import { seedFor } from '../runner/run-seeds.js';
import { scenarioArbitrary } from '../../generators/scenario.js';
import { mutantBackend } from './mutant-backend.js';
import type { Mutant } from './mutant.js';

export interface MutantVerdict {
  mutant: Mutant;
  killed: boolean;
  /** Invariants violated on the run that killed it. */
  killedBy: string[];
  /** Runs it took (the killing run included), or every run when it survived. */
  runs: number;
  ms: number;
}

/**
 * The default property run against one mutant, stopping at its first violation: which
 * invariants noticed the bug, and how many generated scenarios it took.
 */
export async function checkMutant(mutant: Mutant, invariants: readonly Invariant[], runs: number, seed: number, signal?: AbortSignal): Promise<MutantVerdict> {
  const backend = mutantBackend(mutant);
  const started = performance.now();
  const outcome = await propertyRun({ backend, invariants, runs, seed, stopAtFirstViolation: true, shrink: false, ...(signal ? { signal } : {}) });
  const ms = performance.now() - started;
  if (outcome.firstViolationRun === undefined) return { mutant, killed: false, killedBy: [], runs: outcome.completedRuns, ms };
  const run = outcome.firstViolationRun;
  const scenario = generateScenario(scenarioArbitrary(), seedFor(seed, run));
  const trace = backend.run(scenario) as ReturnType<typeof backend.run> & object;
  const resolved = trace instanceof Promise ? await trace : trace;
  const killedBy = invariants.filter((inv) => evaluate(inv, resolved, scenario).kind === 'violation').map((inv) => inv.id);
  return { mutant, killed: true, killedBy, runs: run + 1, ms };
}
