import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../specs/invariants/catalogue.js';
import { checkMutant } from './check-mutants.js';
import { MUTANTS } from './mutant-catalogue.js';

// Every deliberate bug is noticed by the default property run (seed 42, at most 1,000 scenarios).
describe('the mutant check', () => {
  it('has at least 15 mutants', () => {
    expect(MUTANTS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(MUTANTS.map((m) => m.id)).size).toBe(MUTANTS.length);
  });
  for (const mutant of MUTANTS) {
    it(`kills ${mutant.id}`, async () => {
      const verdict = await checkMutant(mutant, CATALOGUE, 1000, 42);
      expect(verdict.killed, `${mutant.id} survived ${verdict.runs} runs`).toBe(true);
    }, 120_000);
  }
});
