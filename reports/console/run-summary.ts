import type { RunResult } from '../../harness/runner/run-result.js';

/** The end-of-run summary for a terminal: one line per invariant, then each violation in full. */
export function runSummary(result: RunResult): string {
  const lines: string[] = [];
  const width = Math.max(...result.invariants.map((i) => i.id.length), 10);
  for (const inv of result.invariants) {
    const status = inv.errored > 0 ? 'ERROR' : inv.violated > 0 ? 'VIOLATED' : inv.passed > 0 ? 'ok' : 'skipped';
    const skips = Object.entries(inv.skipReasons).sort((a, b) => b[1] - a[1]);
    const skipText = inv.skipped > 0 ? `, ${inv.skipped} skipped${skips[0] ? ` (${skips[0][0]}${skips.length > 1 ? ', …' : ''})` : ''}` : '';
    lines.push(`${status.padEnd(8)} ${inv.id.padEnd(width)}  ${inv.passed} passed, ${inv.violated} violated${skipText}`);
  }
  for (const inv of result.invariants) {
    for (const error of inv.errors) lines.push('', `error in ${inv.id}: ${error}`);
    const c = inv.counterexample;
    if (!c) continue;
    lines.push(
      '',
      `✗ ${inv.id} — ${inv.title}`,
      `  cites     ${inv.citation.rule}: ${inv.citation.source}`,
      `            ${inv.citation.url}`,
      `  at        ${c.verdict.at} ms${c.verdict.container ? ` (container ${c.verdict.container})` : ''}`,
      `  expected  ${c.verdict.expected}`,
      `  observed  ${c.verdict.observed}`,
      `  ${c.verdict.message}`,
      `  found in run ${c.run} (seed ${c.seed}, path ${c.path})`,
    );
    if (c.file) lines.push(`  scenario  ${c.file}`);
    if (c.replayCommand) lines.push(`  replay    ${c.replayCommand}`);
  }
  const m = result.metadata;
  lines.push(
    '',
    `${m.completedRuns}${m.interrupted ? ` of ${m.requestedRuns} (interrupted)` : ''} scenarios on ${m.backend}, seed ${m.seed}, in ${(m.durationMs / 1000).toFixed(1)} s: ` +
      `${result.counts.passing} invariants held, ${result.counts.violated} violated, ${result.counts.errored} errored, ${result.counts.neverApplied} never applied.`,
  );
  return `${lines.join('\n')}\n`;
}
