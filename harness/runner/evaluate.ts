import type { Invariant, Violation } from '../../specs/invariant.js';
import type { Scenario } from '../../specs/model/scenario.js';
import type { Trace } from '../../specs/model/trace.js';

export type Outcome = { kind: 'pass' } | { kind: 'skip'; reason: string } | { kind: 'violation'; violation: Violation } | { kind: 'error'; error: string };

/**
 * One invariant on one trace. An invariant that throws is a bug in podlife, reported as an
 * error — never as a pass or a violation.
 */
export function evaluate(invariant: Invariant, trace: Trace, scenario: Scenario): Outcome {
  try {
    const applies = invariant.appliesTo ? invariant.appliesTo(scenario, trace) : true;
    if (applies !== true) return { kind: 'skip', reason: applies.skip };
    const verdict = invariant.check(trace, scenario);
    return verdict.ok ? { kind: 'pass' } : { kind: 'violation', violation: verdict };
  } catch (error) {
    return { kind: 'error', error: (error as Error).message };
  }
}
