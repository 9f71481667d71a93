import fc from 'fast-check';
import { it } from 'vitest';
import { scenarioArbitrary } from '../../generators/scenario.js';
import { simulate } from '../simulator/simulate.js';
import { scenarioToYaml } from '../scenario/scenario-to-yaml.js';
import { writeFileSync } from 'node:fs';
it('one', () => {
  const samples = fc.sample(scenarioArbitrary(), { numRuns: 2000, seed: 1 });
  for (const s of samples) {
    const y = scenarioToYaml(s);
    if (!y.includes('until: 452500ms')) continue;
    writeFileSync('/tmp/s1.yaml', y);
    const t = simulate(s);
    for (const e of t.events) if (('container' in e && e.container === 'side1') || e.type === 'FaultInjected' || e.type==='SandboxCreated') console.log(JSON.stringify(e));
  }
});
