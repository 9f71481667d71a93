import { scenarioArbitrary } from '../../generators/scenario.js';
import { createBackend } from '../../harness/backends/create-backend.js';
import { buildRunResult } from '../../harness/runner/build-run-result.js';
import { writeCounterexample } from '../../harness/runner/counterexample-file.js';
import { selectInvariants } from '../../harness/runner/invariant-selection.js';
import { propertyRun } from '../../harness/runner/property-run.js';
import { resolveRunOptions } from '../../harness/runner/run-options.js';
import { colorEnabled, palette } from '../../reports/console/color.js';
import { progressReporter } from '../../reports/console/progress-reporter.js';
import { runSummary } from '../../reports/console/run-summary.js';
import { formatResultsJson } from '../../reports/json/format-results-json.js';
import { writeRunReports } from '../../reports/write-run-reports.js';
import { prepareReportDirectory } from '../../reports/write-report-file.js';
import { CATALOGUE } from '../../specs/invariants/catalogue.js';
import { BACKEND_FACTORIES } from '../backend-factories.js';
import type { CliCommand } from '../cli-command.js';
import { integerOption, parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';

const usage = `Usage: podlife run [--backend sim] [--runs 1000] [--seed N] [--invariants 'probes/*,phase/*']
                   [--report-dir DIR] [--no-shrink] [--shrink-seconds 30] [--max-horizon 1200] [--quiet] [--json]

Generates random Pods and fault schedules, runs each on the backend, and checks every
invariant of the catalogue on what happened. On a violation it shrinks the scenario to a
small one, saves it as a scenario file (replay it with \`podlife replay FILE\`), prints the
invariant, its citation and expected versus observed, and exits 1.

Options:
  --backend NAME        sim (the reference simulator), sim:mutant:<id>, cluster:local|kind|kubeconfig
  --runs N              scenarios to generate (default 1000)
  --seed N              same seed, same scenarios, same results (default: chosen and printed)
  --invariants PATTERNS comma-separated ids or globs, e.g. 'probes/*' (default: all)
  --report-dir DIR      where results.json, junit.xml, report.html and counterexamples go
                        (default reports/out/<timestamp>)
  --no-shrink           report violations as found, without shrinking
  --shrink-seconds S    time to spend shrinking each violation (default 30)
  --max-horizon S       longest generated scenario, in seconds (default 1200)
  --quiet               no progress, only the summary
  --json                print results.json to stdout instead of the summary

Exit codes: 0 every invariant held, 1 a violation (or an invariant error), 2 bad input,
130 interrupted (what ran so far is reported).`;

export const runCommand: CliCommand = {
  name: 'run',
  summary: 'property runs: random scenarios, every invariant, shrunk counterexamples',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      backend: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      invariants: { type: 'string', multiple: true },
      'report-dir': { type: 'string' },
      'no-shrink': { type: 'boolean' },
      'shrink-seconds': { type: 'string' },
      'max-horizon': { type: 'string' },
      quiet: { type: 'boolean' },
      json: { type: 'boolean' },
    }, 'run', usage);
    if (positionals.length > 0) throw new UsageError(`podlife run: unexpected argument "${positionals[0]}"`, usage);
    const startedAt = new Date();
    const options = resolveRunOptions({
      ...(values.backend !== undefined ? { backend: values.backend } : {}),
      ...(values.runs !== undefined ? { runs: integerOption(values.runs, '--runs', 'run', usage) } : {}),
      ...(values.seed !== undefined ? { seed: integerOption(values.seed, '--seed', 'run', usage) } : {}),
      ...(values.invariants ? { invariants: values.invariants.flatMap((v) => v.split(',')).filter((v) => v.trim() !== '') } : {}),
      ...(values['report-dir'] !== undefined ? { reportDir: values['report-dir'] } : {}),
      ...(values['no-shrink'] ? { shrink: false } : {}),
      ...(values['shrink-seconds'] !== undefined ? { shrinkSeconds: integerOption(values['shrink-seconds'], '--shrink-seconds', 'run', usage) } : {}),
      ...(values['max-horizon'] !== undefined ? { maxHorizonSeconds: integerOption(values['max-horizon'], '--max-horizon', 'run', usage) } : {}),
    }, startedAt);
    const invariants = selectInvariants(CATALOGUE, options.invariants);
    const backend = createBackend(options.backend, BACKEND_FACTORIES);
    await prepareReportDirectory(options.reportDir);
    const quiet = values.quiet || values.json;
    const progress = progressReporter(io.stderr, Boolean(io.stderr.isTTY), palette(colorEnabled(io.stderr)));
    if (!quiet) {
      io.stderr.write(`podlife run: ${options.runs} scenarios on ${backend.name} (Kubernetes ${backend.kubernetesVersion}), seed ${options.seed}, ${invariants.length} invariants\n`);
    }
    const outcome = await propertyRun({
      backend,
      invariants,
      runs: options.runs,
      seed: options.seed,
      signal: io.signal,
      shrink: options.shrink,
      shrinkTimeLimit: options.shrinkSeconds * 1000,
      arbitrary: scenarioArbitrary({ maxHorizonSeconds: options.maxHorizonSeconds }),
      onProgress: (p) => {
        if (!quiet) progress.update(p);
      },
    });
    progress.finish();
    for (const inv of outcome.invariants) {
      if (!inv.counterexample) continue;
      const written = await writeCounterexample(options.reportDir, inv.counterexample, backend.name, options.seed);
      inv.counterexample.file = written.file;
      inv.counterexample.replayCommand = written.replayCommand;
    }
    const result = buildRunResult(outcome, backend, options, startedAt, new Date());
    const reports = await writeRunReports(options.reportDir, result);
    if (values.json) io.stdout.write(formatResultsJson(result));
    else {
      io.stdout.write(runSummary(result, palette(colorEnabled(io.stdout))));
      io.stdout.write(`reports: ${reports.files.join(', ')}\n`);
    }
    if (outcome.interrupted) return 130;
    return result.counts.violated > 0 || result.counts.errored > 0 ? 1 : 0;
  },
};
