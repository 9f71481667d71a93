import type { Counterexample } from '../../harness/runner/run-result.js';
import type { ReportRun } from '../report-run.js';
import { scenarioKey } from './scenario-key.js';

export interface SharedCounterexample {
  runIndex: number;
  run: ReportRun;
  counterexample: Counterexample;
}

/** Counterexamples with identical scenario content found in two or more runs, grouped. */
export function sharedCounterexamples(runs: readonly ReportRun[]): SharedCounterexample[][] {
  const groups = new Map<string, SharedCounterexample[]>();
  runs.forEach((run, runIndex) => {
    for (const inv of run.result.invariants) {
      const c = inv.counterexample;
      if (!c) continue;
      const key = scenarioKey(c.scenario);
      const group = groups.get(key);
      if (group) group.push({ runIndex, run, counterexample: c });
      else groups.set(key, [{ runIndex, run, counterexample: c }]);
    }
  });
  return [...groups.values()].filter((g) => new Set(g.map((s) => s.runIndex)).size > 1);
}
