import { compareSummary } from '../../reports/console/compare-summary.js';
import { writeCompareHtml } from '../../reports/html/write-compare-html.js';
import { readResultsFile } from '../../reports/json/read-results-file.js';
import { matrixRows } from '../../reports/matrix-rows.js';
import { labelRuns } from '../../reports/report-run.js';
import type { CliCommand } from '../cli-command.js';
import { parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';

const usage = `Usage: podlife compare <results.json|report-dir>… [--out FILE]

Puts the results of runs side by side — e.g. sim, a real cluster and a mutant — in one
self-contained HTML page: the invariants × runs matrix with the disagreements first, every
violation with its timeline, and counterexamples that several runs share drawn on one time
axis. Prints the disagreements. With one file, draws that run's report.html again.

Options:
  --out FILE   where to write the page (default reports/out/compare-<timestamp>.html)

Exit codes: 0 the runs agree on every invariant, 1 they disagree, 2 bad input
(a missing or unreadable file, not a results.json, another schema version).`;

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'several runs side by side: where backends disagree, and on what (HTML)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { out: { type: 'string', short: 'o' } }, 'compare', usage);
    if (positionals.length === 0) throw new UsageError('podlife compare: expected one or more results.json files', usage);
    const results = [];
    for (const source of positionals) results.push({ result: await readResultsFile(source), source });
    const runs = labelRuns(results);
    const out = values.out ?? `reports/out/compare-${new Date().toISOString().replace(/[:.]/g, '-')}.html`;
    await writeCompareHtml(out, runs);
    io.stdout.write(compareSummary(runs));
    io.stdout.write(`report: ${out}\n`);
    return matrixRows(runs).some((r) => r.disagree) ? 1 : 0;
  },
};
