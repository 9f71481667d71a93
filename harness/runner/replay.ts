import type { Invariant, Violation } from '../../specs/invariant.js';
import type { Scenario } from '../../specs/model/scenario.js';
import type { Trace } from '../../specs/model/trace.js';
import type { Backend } from '../backends/backend.js';
import { evaluate, type Outcome } from './evaluate.js';

export interface ReplayResult {
  trace: Trace;
  outcomes: { invariant: Invariant; outcome: Outcome }[];
  /** For a counterexample: whether the recorded violation came back exactly as recorded. */
  reproduced?: 'same' | 'different' | 'gone';
}

/** Runs a scenario file again and checks the invariants — for a counterexample, compares with the recorded verdict. */
export async function replay(scenario: Scenario, backend: Backend, invariants: readonly Invariant[]): Promise<ReplayResult> {
  const produced = backend.run(scenario);
  const trace = produced instanceof Promise ? await produced : produced;
  const outcomes = invariants.map((invariant) => ({ invariant, outcome: evaluate(invariant, trace, scenario) }));
  const origin = scenario.origin;
  if (!origin) return { trace, outcomes };
  const mine = outcomes.find((o) => o.invariant.id === origin.invariant)?.outcome;
  if (!mine || mine.kind !== 'violation') return { trace, outcomes, reproduced: 'gone' };
  return { trace, outcomes, reproduced: sameVerdict(mine.violation, origin.verdict) ? 'same' : 'different' };
}

function sameVerdict(v: Violation, recorded: NonNullable<Scenario['origin']>['verdict']): boolean {
  return v.at === recorded.at && v.expected === recorded.expected && v.observed === recorded.observed && v.message === recorded.message && v.container === recorded.container;
}
