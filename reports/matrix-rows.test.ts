import { describe, expect, it } from 'vitest';
import type { RunResult } from '../harness/runner/run-result.js';
import { matrixRows } from './matrix-rows.js';
import { labelRuns } from './report-run.js';
import { invariantResult, sampleRunResult } from './testing/sample-run-result.js';

const runWith = (backend: string, invariants: RunResult['invariants']): RunResult => ({ ...sampleRunResult({ backend }), invariants });

describe('matrixRows', () => {
  it('puts disagreements first, then the worst status, then catalogue order', () => {
    const a = runWith('sim', [invariantResult('t/a', { passed: 1 }), invariantResult('t/b', { passed: 1 }), invariantResult('t/c', { passed: 1, violated: 1 }), invariantResult('t/d', { passed: 1 })]);
    const b = runWith('kind', [invariantResult('t/a', { passed: 1 }), invariantResult('t/b', { passed: 1 }), invariantResult('t/c', { passed: 1, violated: 1 }), invariantResult('t/d', { violated: 1 })]);
    const rows = matrixRows(labelRuns([{ result: a }, { result: b }]));
    expect(rows.map((r) => [r.id, r.disagree])).toEqual([['t/d', true], ['t/c', false], ['t/a', false], ['t/b', false]]);
  });

  it('counts neither a skip nor an invariant one run did not check as a disagreement', () => {
    const a = runWith('sim', [invariantResult('t/a', { passed: 1 }), invariantResult('t/b', { passed: 1 })]);
    const b = runWith('kind', [invariantResult('t/a', { skipped: 1, skipReasons: { 'cannot inject NodeReboot': 1 } })]);
    const rows = matrixRows(labelRuns([{ result: a }, { result: b }]));
    expect(rows.map((r) => [r.id, r.cells.map((c) => c.status), r.disagree])).toEqual([
      ['t/a', ['passed', 'skipped'], false],
      ['t/b', ['passed', 'absent'], false],
    ]);
  });
});
