import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../specs/invariants/catalogue.js';
import { simBackend } from '../backends/sim-backend.js';
import { propertyRun } from './property-run.js';

// The whole catalogue on 2,000 generated scenarios: the reference simulator keeps every promise.
describe('the catalogue on the simulator', () => {
  it('holds on 2,000 generated scenarios', async () => {
    const outcome = await propertyRun({ backend: simBackend(), invariants: CATALOGUE, runs: 2000, seed: 20_261_123, shrinkTimeLimit: 10_000 });
    const broken = outcome.invariants
      .filter((i) => i.violated > 0 || i.errored > 0)
      .map((i) => ({ id: i.id, violated: i.violated, errors: i.errors, verdict: i.counterexample?.verdict, scenario: i.counterexample?.scenario }));
    expect(broken).toEqual([]);
    expect(outcome.completedRuns).toBe(2000);
    // every invariant applied to at least one scenario: the generators reach every rule — except
    // those that read what only real clusters record, which skip every simulated trace, with a reason
    const needsBackendData = new Set(CATALOGUE.filter((i) => i.needs !== undefined).map((i) => i.id));
    const neverApplied = outcome.invariants
      .filter((i) => i.passed === 0 && !needsBackendData.has(i.id))
      .map((i) => ({ id: i.id, skipReasons: i.skipReasons }));
    expect(neverApplied).toEqual([]);
    for (const i of outcome.invariants.filter((x) => needsBackendData.has(x.id))) {
      expect(i.passed + i.violated + i.errored, i.id).toBe(0);
      expect(Object.keys(i.skipReasons ?? {}).length, i.id).toBeGreaterThan(0);
    }
  }, 240_000);
});
