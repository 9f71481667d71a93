import { loadScenarioFile } from '../../harness/scenario/load-scenario-file.js';
import { simulate } from '../../harness/simulator/simulate.js';
import { traceTable } from '../../reports/console/trace-table.js';
import { simulationHtml } from '../../reports/html/simulation-html.js';
import { writeReportFile } from '../../reports/write-report-file.js';
import type { CliCommand } from '../cli-command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';

const OUTPUTS = ['table', 'json', 'html'] as const;

const usage = `Usage: podlife simulate <scenario-file> [--output table|json|html] [--out FILE] [--events]

Runs one scenario on the reference simulator (a model of the kubelet in virtual time)
and prints what the API showed.

Options:
  -o, --output table   a \`kubectl get pod -w\`-like table: TIME, NAME, READY, STATUS, RESTARTS (default)
  -o, --output json    the whole trace: every status snapshot and every event, times in ms
  -o, --output html    a self-contained HTML page with the timeline of the trace (container states,
                       probes, hooks, signals, faults), the scenario and the table
      --out FILE       write the output to FILE instead of stdout
      --events         with the table: also list the events (starts, exits, probes, signals, faults)
  -h, --help           this text

The same file always gives the same output.`;

export const simulateCommand: CliCommand = {
  name: 'simulate',
  summary: 'run one scenario file on the reference simulator',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      output: { type: 'string', short: 'o' },
      events: { type: 'boolean' },
      out: { type: 'string' },
    }, 'simulate', usage);
    const output = oneOf(values.output, OUTPUTS, '--output', 'simulate', usage) ?? 'table';
    if (positionals.length !== 1) throw new UsageError(`podlife simulate: expected one scenario file, got ${positionals.length}`, usage);
    const scenario = await loadScenarioFile(positionals[0]!);
    const trace = simulate(scenario);
    const text =
      output === 'json'
        ? `${JSON.stringify(trace, null, 2)}\n`
        : output === 'html'
          ? simulationHtml(scenario, trace)
          : traceTable(trace, scenario.pod.spec, scenario.pod.metadata.name, { events: values.events ?? false });
    if (values.out === undefined) io.stdout.write(text);
    else {
      await writeReportFile(values.out, text);
      io.stderr.write(`wrote ${values.out}\n`);
    }
    return 0;
  },
};
