import { createBackend } from '../../harness/backends/create-backend.js';
import { replay } from '../../harness/runner/replay.js';
import { loadScenarioFile } from '../../harness/scenario/load-scenario-file.js';
import { traceTable } from '../../reports/console/trace-table.js';
import { CATALOGUE } from '../../specs/invariants/catalogue.js';
import { BACKEND_FACTORIES } from '../backend-factories.js';
import type { CliCommand } from '../cli-command.js';
import { parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';

const usage = `Usage: podlife replay <scenario-file> [--backend sim] [--table]

Runs a scenario again — typically a counterexample saved by \`podlife run\` — and checks
every invariant. For a counterexample it says whether the recorded violation came back
exactly (same moment, same expected and observed values).

Options:
  --backend NAME   where to run it (default: the backend it was found on, else sim)
  --table          also print the kubectl-like table of what happened

Exit codes: 0 no invariant violated, 1 a violation, 2 bad input.`;

export const replayCommand: CliCommand = {
  name: 'replay',
  summary: 'run a saved counterexample (or any scenario) again and check it',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { backend: { type: 'string' }, table: { type: 'boolean' } }, 'replay', usage);
    if (positionals.length !== 1) throw new UsageError(`podlife replay: expected one scenario file, got ${positionals.length}`, usage);
    const scenario = await loadScenarioFile(positionals[0]!);
    const backend = createBackend(values.backend ?? scenario.origin?.backend ?? 'sim', BACKEND_FACTORIES);
    const result = await replay(scenario, backend, CATALOGUE);
    if (values.table) io.stdout.write(traceTable(result.trace, scenario.pod.spec, scenario.pod.metadata.name, { events: true }));
    let violated = 0;
    for (const { invariant, outcome } of result.outcomes) {
      if (outcome.kind === 'violation') {
        violated++;
        const v = outcome.violation;
        io.stdout.write(`✗ ${invariant.id} at ${v.at} ms${v.container ? ` (${v.container})` : ''}\n    expected ${v.expected}\n    observed ${v.observed}\n    ${v.message}\n    cites ${invariant.citation.rule}: ${invariant.citation.source}\n`);
      } else if (outcome.kind === 'error') {
        violated++;
        io.stdout.write(`! ${invariant.id}: the invariant failed to evaluate: ${outcome.error}\n`);
      }
    }
    const origin = scenario.origin;
    if (origin) {
      const text = { same: 'reproduced: the same violation, exactly', different: 'reproduced, but with a different verdict than recorded', gone: 'not reproduced: the recorded violation is gone' }[result.reproduced!];
      io.stdout.write(`${origin.invariant} (recorded at ${origin.verdict.at} ms on ${origin.backend}): ${text}\n`);
    }
    io.stdout.write(`${result.outcomes.length - violated} of ${result.outcomes.length} invariants held on ${backend.name}\n`);
    return violated > 0 ? 1 : 0;
  },
};
