import { scenarioToYaml } from '../../harness/scenario/scenario-to-yaml.js';
import type { Scenario } from '../../specs/model/scenario.js';
import type { Trace } from '../../specs/model/trace.js';
import { traceTable } from '../console/trace-table.js';
import { timelineCaption } from './counterexample-timeline.js';
import { pageShell } from './page-shell.js';
import { html } from './safe-html.js';
import { timelineLegend } from './timeline-legend.js';
import { timelineModel } from './timeline/timeline-model.js';
import { timelineSvg } from './timeline/timeline-svg.js';

/** `podlife simulate --output html`: one scenario's timeline, its file and the kubectl view. */
export function simulationHtml(scenario: Scenario, trace: Trace): string {
  const title = `podlife simulate — ${scenario.name}`;
  const model = timelineModel(trace, scenario);
  const svg = timelineSvg(model, { title: `Timeline of ${scenario.name} on ${trace.backend}` });
  const table = traceTable(trace, scenario.pod.spec, scenario.pod.metadata.name, { events: true });
  const body = html`<h1>${title}</h1>
${scenario.description && html`<p>${scenario.description}</p>`}
<p class="muted">On ${trace.backend} (Kubernetes ${trace.kubernetesVersion}), pod <code>${scenario.pod.metadata.name}</code>.</p>
${timelineLegend()}
<div class="timeline">${svg}</div>
${timelineCaption(trace, model.end)}
<h2>Scenario</h2>
<pre>${scenarioToYaml(scenario)}</pre>
<h2>What <code>kubectl get pod -w</code> would have shown, with the events</h2>
<pre>${table}</pre>`;
  return pageShell(title, body, { script: false });
}
