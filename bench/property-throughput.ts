import { simBackend } from '../harness/backends/sim-backend.js';
import { propertyRun } from '../harness/runner/property-run.js';
import { CATALOGUE } from '../specs/invariants/catalogue.js';

/**
 * Generated-and-checked scenarios per second on one core: generation, simulation and every
 * invariant of the catalogue. Run: npm run bench:property
 */
const runs = Number(process.env.BENCH_RUNS ?? 5000);
const seed = Number(process.env.BENCH_SEED ?? 7);

await propertyRun({ backend: simBackend(), invariants: CATALOGUE, runs: 300, seed: seed + 1, shrink: false }); // warm-up
const started = performance.now();
const outcome = await propertyRun({ backend: simBackend(), invariants: CATALOGUE, runs, seed, shrink: false });
const seconds = (performance.now() - started) / 1000;
const perSecond = outcome.completedRuns / seconds;
const violated = outcome.invariants.filter((i) => i.violated > 0).map((i) => i.id);

console.log(`${outcome.completedRuns} generated scenarios, ${CATALOGUE.length} invariants each, in ${seconds.toFixed(2)} s`);
console.log(`${Math.round(perSecond)} scenarios/s generated, simulated and checked (target ≥ 1000: ${perSecond >= 1000 ? 'met' : 'NOT met'})`);
if (violated.length > 0) console.log(`violations (should be none): ${violated.join(', ')}`);
