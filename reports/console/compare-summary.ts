import { matrixRows } from '../matrix-rows.js';
import type { ReportRun } from '../report-run.js';

/**
 * What `podlife compare` prints: the runs, then each invariant they disagree on (different
 * verdicts where it applied), one line each.
 */
export function compareSummary(runs: readonly ReportRun[]): string {
  const rows = matrixRows(runs);
  const disagreements = rows.filter((r) => r.disagree);
  const lines = [
    `${runs.length} run${runs.length === 1 ? '' : 's'}:`,
    ...runs.map((r) => {
      const m = r.result.metadata;
      return `  ${r.label}: ${m.completedRuns}${m.interrupted ? ` of ${m.requestedRuns} (interrupted)` : ''} scenarios, seed ${m.seed}, Kubernetes ${m.kubernetesVersion}${r.source ? ` — ${r.source}` : ''}`;
    }),
  ];
  if (runs.length < 2) return `${lines.join('\n')}\n`;
  const partial = rows.filter((r) => r.cells.some((c) => c.status === 'absent')).length;
  if (partial > 0) lines.push(`${partial} invariant${partial === 1 ? ' was' : 's were'} not checked by every run (different catalogues or --invariants)`);
  if (disagreements.length === 0) {
    lines.push(`they agree on all ${rows.length} invariants`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`they disagree on ${disagreements.length} of ${rows.length} invariants:`);
  const width = Math.max(...disagreements.map((r) => r.id.length));
  for (const row of disagreements) {
    lines.push(`  ${row.id.padEnd(width)}  ${row.cells.map((c, i) => `${runs[i]!.label}: ${c.status}`).join(' · ')}`);
  }
  return `${lines.join('\n')}\n`;
}
