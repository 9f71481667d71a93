import type { ProbeType } from '../../../specs/model/behaviour.js';
import { html, type SafeHtml } from '../safe-html.js';
import type { ProbeTick } from './timeline-model.js';
import type { TimeScale } from './time-scale.js';

/**
 * Probe results as ticks on a row per probe type: green for success, red for failure. Ticks
 * that land on the same pixel become one, red if any of them failed (a failure must never be
 * hidden behind successes), with the count in its tooltip.
 */
export function probeTicksSvg(ticks: readonly ProbeTick[], probe: ProbeType, scale: TimeScale, y: number, height: number): SafeHtml {
  const byPixel = new Map<number, ProbeTick[]>();
  for (const t of ticks) {
    if (t.probe !== probe || t.at > scale.end) continue;
    const px = Math.round(scale.x(t.at));
    const group = byPixel.get(px);
    if (group) group.push(t);
    else byPixel.set(px, [t]);
  }
  const parts: SafeHtml[] = [];
  for (const [px, group] of byPixel) {
    const failures = group.filter((t) => t.result === 'Failure').length;
    const result = failures > 0 ? 'Failure' : 'Success';
    const first = group[0]!.at;
    const last = group[group.length - 1]!.at;
    const when = first === last ? `${+(first / 1000).toFixed(3)}s` : `${+(first / 1000).toFixed(3)}–${+(last / 1000).toFixed(3)}s`;
    const counts = group.length === 1 ? result : `${group.length} results, ${failures} failed`;
    parts.push(html`<line class="probe probe-${result}" x1="${px}" x2="${px}" y1="${y}" y2="${y + height}"><title>${probe} probe at ${when}: ${counts}</title></line>`);
  }
  return html`${parts}`;
}
