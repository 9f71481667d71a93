import { checkMutant } from '../harness/mutants/check-mutants.js';
import { MUTANTS } from '../harness/mutants/mutant-catalogue.js';
import { CATALOGUE } from '../specs/invariants/catalogue.js';

/**
 * For each mutant, over several seeds: how many generated scenarios and how much time it
 * takes the catalogue to kill it (median). Run: npm run bench:mutants
 */
const seeds = Number(process.env.BENCH_SEEDS ?? 9);
const maxRuns = Number(process.env.BENCH_MAX_RUNS ?? 2000);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

console.log(`mutant                               killed   median runs   median ms   killed by (most often)`);
let killedAll = 0;
for (const mutant of MUTANTS) {
  const runs: number[] = [];
  const ms: number[] = [];
  const by = new Map<string, number>();
  let killed = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const v = await checkMutant(mutant, CATALOGUE, maxRuns, seed);
    if (!v.killed) continue;
    killed++;
    runs.push(v.runs);
    ms.push(v.ms);
    for (const id of v.killedBy) by.set(id, (by.get(id) ?? 0) + 1);
  }
  if (killed === seeds) killedAll++;
  const top = [...by.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '-';
  const fmt = (xs: number[]) => (xs.length ? String(Math.round(median(xs))) : '-');
  console.log(`${mutant.id.padEnd(36)} ${`${killed}/${seeds}`.padStart(6)}   ${fmt(runs).padStart(11)}   ${fmt(ms).padStart(9)}   ${top}`);
}
console.log(`mutation score: ${killedAll}/${MUTANTS.length} mutants killed on every seed (${seeds} seeds, at most ${maxRuns} runs each)`);
