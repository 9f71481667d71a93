import { createHash } from 'node:crypto';
import { scenarioArbitrary } from '../generators/scenario.js';
import { mutantBackend } from '../harness/mutants/mutant-backend.js';
import { MUTANTS } from '../harness/mutants/mutant-catalogue.js';
import { generateScenario } from '../harness/runner/generate-scenario.js';
import { simulate } from '../harness/simulator/simulate.js';
import { benchScenario } from './bench-scenario.js';

/**
 * One digest of every trace the simulator gives for the benchmark scenario and N generated
 * scenarios (every fourth also on each mutant). A speed-up must not change it; run it before
 * and after. Run: npm run bench:trace-digest [-- N]
 */
const count = Number(process.argv[2] ?? 3000);
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: simulator-trace-digest [scenario count, a positive integer]');
  process.exit(2);
}
const arbitrary = scenarioArbitrary();
const digest = createHash('sha256');
digest.update(JSON.stringify(simulate(benchScenario)));
const started = performance.now();
for (let i = 0; i < count; i++) {
  const scenario = generateScenario(arbitrary, 1000 + i);
  digest.update(JSON.stringify(simulate(scenario)));
  if (i % 4 === 0) for (const mutant of MUTANTS) digest.update(JSON.stringify(await mutantBackend(mutant).run(scenario)));
}
console.log(`${digest.digest('hex').slice(0, 16)}  traces of the benchmark scenario and ${count} generated scenarios (sim, and ${MUTANTS.length} mutants on every fourth), ${((performance.now() - started) / 1000).toFixed(1)} s`);
