import type { RunResult } from '../../harness/runner/run-result.js';
import type { ReportRun } from '../report-run.js';
import { html, type SafeHtml } from './safe-html.js';

/** One card per run: where, what, how long, and its counts. */
export function runCards(runs: readonly ReportRun[]): SafeHtml {
  return html`<div class="runs">${runs.map(runCard)}</div>`;
}

function runCard(run: ReportRun): SafeHtml {
  const m = run.result.metadata;
  const c = run.result.counts;
  const facts: [string, string][] = [
    ['backend', m.backend],
    ...(m.provider ? ([['provider', m.provider]] as [string, string][]) : []),
    ['Kubernetes', m.kubernetesVersion],
    ['scenarios', m.interrupted ? `${m.completedRuns} of ${m.requestedRuns} (interrupted)` : `${m.completedRuns}`],
    ['seed', String(m.seed)],
    ['started', readableTime(m.startedAt)],
    ['took', duration(m.durationMs)],
    ['podlife', m.podlifeVersion],
    ...(run.source ? ([['file', run.source]] as [string, string][]) : []),
  ];
  return html`<section class="run-card"><h3>${run.label} ${runVerdictBadge(run.result)}</h3>
<dl>${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
<div class="counts"><span class="badge st-passed">${c.passing} held</span><span class="badge st-violated">${c.violated} violated</span>${
    c.errored > 0 && html`<span class="badge st-errored">${c.errored} errored</span>`
  }<span class="badge st-skipped">${c.neverApplied} never applied</span></div></section>`;
}

export function runVerdictBadge(result: RunResult): SafeHtml {
  const c = result.counts;
  if (result.metadata.interrupted) return html`<span class="badge st-interrupted">interrupted</span>`;
  if (c.errored > 0) return html`<span class="badge st-errored">errors</span>`;
  if (c.violated > 0) return html`<span class="badge st-violated">${c.violated} violated</span>`;
  return html`<span class="badge st-passed">all held</span>`;
}

/** `2026-11-23 10:51:36 UTC`: ISO is for machines. */
export function readableTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return m < 60 ? `${m} min ${s} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
