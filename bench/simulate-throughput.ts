import { simulate } from '../harness/simulator/simulate.js';
import { benchScenario } from './bench-scenario.js';

/**
 * Simulated scenarios per second on one core, for the reference workload
 * (5 containers, 10 simulated minutes, 5 faults). Run: npm run bench:simulate
 */
const warmup = 300;
const seconds = Number(process.env.BENCH_SECONDS ?? 5);

for (let i = 0; i < warmup; i++) simulate(benchScenario);
const sample = simulate(benchScenario);

let runs = 0;
const start = process.hrtime.bigint();
const deadline = start + BigInt(seconds * 1e9);
while (process.hrtime.bigint() < deadline) {
  for (let i = 0; i < 50; i++) simulate(benchScenario);
  runs += 50;
}
const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
const perSecond = runs / elapsed;

console.log(`scenario: ${benchScenario.name}`);
console.log(`trace: ${sample.snapshots.length} snapshots, ${sample.events.length} events`);
console.log(`simulated ${runs} scenarios in ${elapsed.toFixed(2)} s: ${Math.round(perSecond)} scenarios/s (${((1e6 * elapsed) / runs).toFixed(0)} µs each)`);
console.log(`target ≥ 5000 scenarios/s: ${perSecond >= 5000 ? 'met' : 'NOT met'}`);
