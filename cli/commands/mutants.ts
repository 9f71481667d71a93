import { checkMutant } from '../../harness/mutants/check-mutants.js';
import { MUTANTS } from '../../harness/mutants/mutant-catalogue.js';
import { CATALOGUE } from '../../specs/invariants/catalogue.js';
import type { CliCommand } from '../cli-command.js';
import { integerOption, parseOptions } from '../parse-options.js';

const usage = `Usage: podlife mutants [--runs 1000] [--seed 42] [--list]

Checks that the invariant catalogue notices deliberate bugs: for each mutant of the
reference simulator (one kubelet rule replaced by a plausible bug) it runs the property
run until the first violation, and reports which invariant killed it and after how many
scenarios. Exits 1 if a mutant survives.

Options:
  --runs N   scenarios per mutant at most (default 1000)
  --seed N   default 42
  --list     list the mutants and exit`;

export const mutantsCommand: CliCommand = {
  name: 'mutants',
  summary: 'show that the invariants catch deliberate bugs in the simulator',
  usage,
  async run(argv, io) {
    const { values } = parseOptions(argv, { runs: { type: 'string' }, seed: { type: 'string' }, list: { type: 'boolean' } }, 'mutants', usage);
    if (values.list) {
      for (const m of MUTANTS) io.stdout.write(`sim:mutant:${m.id.padEnd(34)} ${m.title} (${m.precedent})\n`);
      return 0;
    }
    const runs = values.runs !== undefined ? integerOption(values.runs, '--runs', 'mutants', usage) : 1000;
    const seed = values.seed !== undefined ? integerOption(values.seed, '--seed', 'mutants', usage) : 42;
    let killed = 0;
    const width = Math.max(...MUTANTS.map((m) => m.id.length));
    for (const mutant of MUTANTS) {
      if (io.signal.aborted) break;
      const v = await checkMutant(mutant, CATALOGUE, runs, seed, io.signal);
      if (v.killed) killed++;
      const what = v.killed ? `killed after ${v.runs} run${v.runs === 1 ? '' : 's'} by ${v.killedBy.join(', ')}` : `SURVIVED ${v.runs} runs`;
      io.stdout.write(`${mutant.id.padEnd(width)}  ${what}  (${Math.round(v.ms)} ms)\n`);
    }
    io.stdout.write(`mutation score: ${killed}/${MUTANTS.length} killed\n`);
    return killed === MUTANTS.length ? 0 : 1;
  },
};
