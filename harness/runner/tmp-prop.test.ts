import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
import fc from 'fast-check';
import { it } from 'vitest';
import { scenarioArbitrary } from '../../generators/scenario.js';
import { CATALOGUE } from '../../specs/invariants/catalogue.js';
import { simulate } from '../simulator/simulate.js';
import { scenarioToYaml } from '../scenario/scenario-to-yaml.js';
it('prop', () => {
  const counts: Record<string, number> = {};
  let errors = 0;
  const t = Date.now();
  const samples = fc.sample(scenarioArbitrary(), { numRuns: 2000, seed: 1 });
  for (const s of samples) {
    let trace;
    try { trace = simulate(s); } catch (e) { errors++; if (errors < 3) { console.log('CRASH', (e as Error).stack?.split('\n').slice(0,6).join('\n')); console.log(scenarioToYaml(s)); } continue; }
    for (const inv of CATALOGUE) { const v = inv.check(trace, s); if (!v.ok) { counts[inv.id] = (counts[inv.id] ?? 0) + 1; if (counts[inv.id] === 1) { console.log(inv.id, JSON.stringify(v)); require('node:fs').writeFileSync('/tmp/fail-' + inv.id.replace('/', '-') + '.yaml', scenarioToYaml(s)); } } }
  }
  console.log('errors', errors, counts, 'ms', Date.now() - t);
});
