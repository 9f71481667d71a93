import { counterexampleTimeline } from './counterexample-timeline.js';
import { html, type SafeHtml } from './safe-html.js';
import type { SharedCounterexample } from './shared-counterexamples.js';
import { timelineModel } from './timeline/timeline-model.js';

/**
 * One scenario seen by several runs: their timelines one above the other on the same time
 * axis, so where the implementations part ways is where the pictures stop matching.
 */
export function alignedTimelines(groups: readonly SharedCounterexample[][]): SafeHtml {
  if (groups.length === 0) return html``;
  const sections = groups.map((group, i) => {
    const end = Math.max(...group.map((s) => timelineModel(s.counterexample.trace, s.counterexample.scenario, [s.counterexample.verdict.at]).end));
    const invariants = [...new Set(group.map((s) => s.counterexample.invariant))];
    return html`<section class="aligned-group"><h3>Scenario ${i + 1}: ${invariants.join(', ')}</h3>
${group.map((s) => html`<p class="run-name">${s.run.label} — ${s.counterexample.invariant}: ${s.counterexample.verdict.message}</p>${counterexampleTimeline(s.counterexample, { end, runLabel: s.run.label })}`)}
</section>`;
  });
  return html`<h2 id="aligned">The same scenario on several runs</h2><p class="muted">Counterexamples with identical scenario content (pod, behaviours, faults, horizon), drawn on one time axis.</p><div class="aligned">${sections}</div>`;
}
