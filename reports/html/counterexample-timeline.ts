import type { Counterexample } from '../../harness/runner/run-result.js';
import type { Millis } from '../../specs/model/time.js';
import type { Trace } from '../../specs/model/trace.js';
import { html, type SafeHtml } from './safe-html.js';
import { axisLabel } from './timeline/time-axis.js';
import { timelineModel } from './timeline/timeline-model.js';
import { timelineSvg } from './timeline/timeline-svg.js';

/** A counterexample's trace as a timeline, its violation marked; `end` aligns it with others. */
export function counterexampleTimeline(c: Counterexample, options: { end?: Millis; runLabel?: string } = {}): SafeHtml {
  const model = timelineModel(c.trace, c.scenario, [c.verdict.at]);
  const where = c.verdict.container ? ` in ${c.verdict.container}` : '';
  const svg = timelineSvg(model, {
    title: `Timeline of the counterexample to ${c.invariant}${options.runLabel ? ` on ${options.runLabel}` : ''}`,
    highlight: { at: c.verdict.at, label: `✗ ${c.invariant} at ${axisLabel(c.verdict.at)}${where}`, ...(c.verdict.container ? { container: c.verdict.container } : {}) },
    ...(options.end !== undefined ? { end: options.end } : {}),
  });
  return html`<div class="timeline">${svg}</div>${timelineCaption(c.trace, options.end ?? model.end)}`;
}

/** What the picture leaves out: how long the trace really ran, and whether it stopped early. */
export function timelineCaption(trace: Trace, axisEnd: Millis): SafeHtml {
  const later = trace.events.filter((e) => e.at > axisEnd);
  const failures = later.filter((e) => e.type === 'ProbeResult' && e.result === 'Failure').length;
  const quiet =
    trace.horizon <= axisEnd
      ? ''
      : later.length === 0
        ? ` The axis ends at ${axisLabel(axisEnd)}: nothing happened from then until the horizon.`
        : ` The axis ends at ${axisLabel(axisEnd)}: after that, until the horizon, only ${later.length} probe result${later.length === 1 ? '' : 's'} (${failures === 0 ? 'all successes' : `${failures} failures`}) and no change of status.`;
  return html`<p class="timeline-caption">Observed for ${axisLabel(trace.horizon)}: ${trace.snapshots.length} status snapshots, ${trace.events.length} events.${quiet}${
    trace.truncated && html` <strong>The trace stopped early: ${trace.truncated}.</strong>`
  } Hover over any band or mark for details.</p>`;
}
