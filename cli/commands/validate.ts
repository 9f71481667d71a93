import { loadScenarioFile } from '../../harness/scenario/load-scenario-file.js';
import type { CliCommand } from '../cli-command.js';
import { parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';

const usage = `Usage: podlife validate <scenario-file>...

Checks scenario files: YAML syntax, the scenario format, and the Pod as kube-apiserver
would validate it. Prints every problem with its line; exits 2 if any file is invalid.`;

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check scenario files without running them',
  usage,
  async run(argv, io) {
    const { positionals } = parseOptions(argv, {}, 'validate', usage);
    if (positionals.length === 0) throw new UsageError('podlife validate: expected at least one scenario file', usage);
    for (const file of positionals) {
      const scenario = await loadScenarioFile(file);
      io.stdout.write(`${file}: valid (scenario "${scenario.name}", ${scenario.faults.length} fault${scenario.faults.length === 1 ? '' : 's'})\n`);
    }
    return 0;
  },
};
