import { counterexampleScenario } from '../../harness/runner/counterexample-file.js';
import type { InvariantResult } from '../../harness/runner/run-result.js';
import { scenarioToYaml } from '../../harness/scenario/scenario-to-yaml.js';
import { traceTable } from '../console/trace-table.js';
import { counterexampleTimeline } from './counterexample-timeline.js';
import { countsText } from './invariant-matrix.js';
import type { ReportRun } from '../report-run.js';
import { html, safeUrl, type SafeHtml } from './safe-html.js';
import { axisLabel } from './timeline/time-axis.js';
import { violationAnchor } from './violation-anchor.js';

/** Lines of the kubectl-like table shown at most; a zero-time loop would print thousands. */
const MAX_TABLE_LINES = 300;
/** YAML this long starts folded. */
const LONG_YAML_LINES = 60;

/**
 * Everything about one violated (or erroring) invariant in one run: what it promises and
 * where Kubernetes says so, expected against observed, the counterexample as a timeline,
 * as the scenario file, and the command that replays it.
 */
export function violationSection(inv: InvariantResult, run: ReportRun, runIndex: number, alsoOn: readonly string[] = []): SafeHtml {
  const c = inv.counterexample;
  const errored = inv.errored > 0;
  const url = safeUrl(inv.citation.url);
  const tolerance = inv.tolerance && html` · tolerance ${axisLabel(inv.tolerance.early)} early, ${axisLabel(inv.tolerance.late)} late (${inv.tolerance.why})`;
  const header = html`<header><h3>${errored ? '!' : '✗'} ${inv.id} — ${inv.title}</h3><span class="badge st-${errored ? 'errored' : 'violated'}">${countsText(inv)}</span><span class="muted">on ${run.label}</span></header>
<p class="cite">Cites ${url ? html`<a href="${url}" rel="noopener noreferrer" target="_blank">${inv.citation.rule}: ${inv.citation.source}</a>` : html`${inv.citation.rule}: ${inv.citation.source}`} · ${inv.level} · ${inv.kind}${tolerance}</p>`;
  const errors = inv.errors.length > 0 && html`<p><strong>The invariant itself failed to evaluate</strong> (a bug in podlife, not in the backend):</p><pre>${inv.errors.join('\n')}</pre>`;
  let body: SafeHtml | false = false;
  if (c) {
    const scenarioFile = scenarioToYaml(counterexampleScenario(c, run.result.metadata.backend, run.result.metadata.seed));
    const yamlLines = scenarioFile.split('\n').length;
    const table = traceTable(c.trace, c.scenario.pod.spec, c.scenario.pod.metadata.name, { events: true }).split('\n');
    const tableText = table.length > MAX_TABLE_LINES ? `${table.slice(0, MAX_TABLE_LINES).join('\n')}\n… ${table.length - MAX_TABLE_LINES} more lines (the whole trace is in results.json)` : table.join('\n');
    body = html`<div class="evo"><div class="exp"><b>expected</b>${c.verdict.expected}</div><div class="obs"><b>observed</b>${c.verdict.observed}</div></div>
<p>${c.verdict.message}</p>
<dl class="facts"><dt>at</dt><dd>${axisLabel(c.verdict.at)} (${c.verdict.at} ms)${c.verdict.container && html`, container <code>${c.verdict.container}</code>`}</dd>
<dt>found</dt><dd>in scenario ${c.run} of the run, seed ${c.seed}, shrink path <code>${c.path}</code></dd>
${c.replayCommand && html`<dt>replay</dt><dd class="replay"><code>${c.replayCommand}</code></dd>`}
${c.file && html`<dt>scenario file</dt><dd><code>${c.file}</code></dd>`}
${alsoOn.length > 0 && html`<dt>same scenario</dt><dd>also a counterexample on ${alsoOn.join(', ')} — <a href="#aligned">timelines aligned below</a></dd>`}
</dl>
${counterexampleTimeline(c, { runLabel: run.label })}
<details${yamlLines <= LONG_YAML_LINES ? html` open` : ''}><summary>Counterexample scenario (YAML, ${yamlLines} lines)</summary><pre>${scenarioFile}</pre></details>
<details><summary>What <code>kubectl get pod -w</code> would have shown, with the events</summary><pre>${tableText}</pre></details>`;
  } else if (inv.violated > 0) {
    body = html`<p class="muted">No counterexample was recorded (the run stopped before it was shrunk, or it did not reproduce).</p>`;
  }
  return html`<section class="violation${errored ? ' errored' : ''}" id="${violationAnchor(runIndex, inv.id)}" data-violation-of="${inv.id}">${header}${errors}${body}</section>`;
}
