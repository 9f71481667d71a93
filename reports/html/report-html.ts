import { RESULTS_SCHEMA_VERSION } from '../../harness/runner/run-result.js';
import { alignedTimelines } from './aligned-timelines.js';
import { invariantMatrix } from './invariant-matrix.js';
import { matrixRows } from '../matrix-rows.js';
import { pageShell } from './page-shell.js';
import type { ReportRun } from '../report-run.js';
import { runCards } from './run-cards.js';
import { html, type SafeHtml } from './safe-html.js';
import { scenarioKey } from './scenario-key.js';
import { sharedCounterexamples } from './shared-counterexamples.js';
import { timelineLegend } from './timeline-legend.js';
import { violationSection } from './violation-section.js';

/**
 * report.html: one self-contained page for one run or, from `podlife compare`, several side
 * by side — summary, the invariants × runs matrix, then every violation with its timeline.
 */
export function reportHtml(runs: readonly ReportRun[]): string {
  const title = runs.length === 1 ? `podlife report — ${runs[0]!.label}` : `podlife comparison — ${runs.map((r) => r.label).join(' vs ')}`;
  const shared = sharedCounterexamples(runs);
  const sharedBy = new Map<string, Set<string>>();
  for (const group of shared) {
    const key = scenarioKey(group[0]!.counterexample.scenario);
    sharedBy.set(key, new Set(group.map((s) => s.run.label)));
  }
  const sections = runs.flatMap((run, runIndex) =>
    run.result.invariants
      .filter((inv) => inv.violated > 0 || inv.errored > 0)
      .map((inv) => {
        const also = inv.counterexample ? [...(sharedBy.get(scenarioKey(inv.counterexample.scenario)) ?? [])].filter((l) => l !== run.label) : [];
        return violationSection(inv, run, runIndex, also);
      }),
  );
  const body = html`<h1>${title}</h1>
${headline(runs)}
${runCards(runs)}
<h2>Invariants${runs.length > 1 ? ' × runs' : ''}</h2>
${invariantMatrix(runs)}
<h2>Violations</h2>
${sections.length > 0 ? html`${timelineLegend()}${sections}` : html`<p class="muted">None: every invariant held on every scenario it applied to.</p>`}
${alignedTimelines(shared)}
<footer>podlife results schema v${RESULTS_SCHEMA_VERSION} · each run's results.json holds the full traces of its counterexamples.</footer>`;
  return pageShell(title, body);
}

/** The one sentence a person reads first. */
function headline(runs: readonly ReportRun[]): SafeHtml {
  if (runs.length > 1) {
    const rows = matrixRows(runs);
    const disagree = rows.filter((r) => r.disagree).length;
    return disagree === 0
      ? html`<p class="verdict ok">The ${runs.length} runs agree on all ${rows.length} invariants.</p>`
      : html`<p class="verdict bad">The runs disagree on ${disagree} of ${rows.length} invariants.</p>`;
  }
  const r = runs[0]!.result;
  const c = r.counts;
  const scenarios = `${r.metadata.completedRuns} scenario${r.metadata.completedRuns === 1 ? '' : 's'}`;
  if (c.violated > 0 || c.errored > 0) {
    const what = [c.violated > 0 ? `${c.violated} violated` : '', c.errored > 0 ? `${c.errored} errored` : ''].filter(Boolean).join(', ');
    return html`<p class="verdict bad">✗ ${what} of ${c.invariants} invariants over ${scenarios} on ${r.metadata.backend}.</p>`;
  }
  return html`<p class="verdict ok">✓ ${c.passing} of ${c.invariants} invariants held over ${scenarios} on ${r.metadata.backend}${c.neverApplied > 0 ? ` (${c.neverApplied} never applied)` : ''}.</p>`;
}
