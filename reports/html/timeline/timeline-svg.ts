import { PROBE_TYPES } from '../../../specs/model/behaviour.js';
import type { Millis } from '../../../specs/model/time.js';
import { html, type SafeHtml } from '../safe-html.js';
import { bandRowSvg } from './band-row-svg.js';
import { textWidth } from './label-placer.js';
import { markerRowSvg } from './marker-row-svg.js';
import { probeTicksSvg } from './probe-ticks-svg.js';
import { axisLabel, timeTicks } from './time-axis.js';
import type { ContainerLane, TimelineModel } from './timeline-model.js';
import { round, timeScale, type TimeScale } from './time-scale.js';

/** The moment to point at: a violation. */
export interface TimelineHighlight {
  at: Millis;
  container?: string;
  label: string;
}

export interface TimelineSvgOptions {
  highlight?: TimelineHighlight;
  /** The axis end, to align several timelines on one time axis (default: the model's). */
  end?: Millis;
  /** What the picture shows, for screen readers. */
  title: string;
}

const WIDTH = 1100;
const X0 = 158;
const X1 = WIDTH - 16;
const LABEL_X = X0 - 8;
const MARKER_LABEL_ROWS = 2;
const ROW_GAP = 4;

/**
 * The trace as a picture: kubectl's STATUS and the phase as bands, a thin band per
 * condition, pod-level events (faults, deletion, node), then a lane per container with its
 * states, hooks, events, readiness and probe ticks; a red line marks the violation.
 */
export function timelineSvg(model: TimelineModel, options: TimelineSvgOptions): SafeHtml {
  const scale = timeScale(options.end ?? model.end, X0, X1);
  const { ticks } = timeTicks(scale.end);
  const body: SafeHtml[] = [];
  const back: SafeHtml[] = [];
  let y = 4;
  const highlightY = y + 10;
  if (options.highlight) y += 16;
  const axisY = y + 10;
  y += 16;
  const gridTop = y;

  const label = (text: string, rowY: number, height: number, cls = 'row-label') =>
    html`<text class="${cls}" x="${LABEL_X}" y="${round(rowY + height / 2 + 3.5)}" text-anchor="end">${text}</text>`;

  body.push(label('kubectl STATUS', y, 18), bandRowSvg(model.kubectl, scale, y, 18, 'k'));
  y += 18 + ROW_GAP;
  body.push(label('phase', y, 18), bandRowSvg(model.phase, scale, y, 18, 'p'));
  y += 18 + ROW_GAP;
  for (const c of model.conditions) {
    body.push(label(c.type, y, 10, 'row-label small'), bandRowSvg(c.bands, scale, y, 10, 'c', 0));
    y += 13;
  }
  y += ROW_GAP;
  const podTop = y;
  y += MARKER_LABEL_ROWS * 11;
  body.push(label('pod · node · faults', y - 2, 12), markerRowSvg(model.pod, scale, { labelTop: podTop, labelRows: MARKER_LABEL_ROWS, lineTop: y - 2, lineBottom: y + 10 }));
  y += 16;
  body.push(html`<line class="sep" x1="4" x2="${X1}" y1="${y}" y2="${y}"/>`);
  y += 4;

  for (const lane of model.containers) {
    const top = y;
    y = containerLane(lane, scale, y, body);
    if (options.highlight?.container === lane.name) {
      back.push(html`<rect class="hl-lane" x="2" y="${top}" width="${X1 - 2}" height="${y - top - 4}"/>`);
    }
  }
  const height = y + 4;

  const grid = ticks.map(
    (t) => html`<line class="grid" x1="${scale.x(t)}" x2="${scale.x(t)}" y1="${gridTop - 4}" y2="${height - 4}"/><text class="tick" x="${scale.x(t)}" y="${axisY}" text-anchor="middle">${axisLabel(t)}</text>`,
  );
  const regions = regionsSvg(model, scale, gridTop, height - 4);
  const h = options.highlight;
  // The line goes under the lanes, so that a probe tick or a mark at that very moment stays
  // visible on it; only its label sits on top.
  const line = h && html`<line class="hl-line" x1="${scale.x(h.at)}" x2="${scale.x(h.at)}" y1="${gridTop - 6}" y2="${height - 4}"/>`;
  const callout = h && highlightSvg(h, scale, highlightY);
  return html`<svg class="timeline-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${options.title}"><title>${options.title}</title>${back}${grid}${regions}${line}${body}${callout}</svg>`;
}

function containerLane(lane: ContainerLane, scale: TimeScale, y: number, body: SafeHtml[]): number {
  const labelTop = y;
  y += MARKER_LABEL_ROWS * 11;
  const hookY = y;
  y += 6;
  const bandY = y;
  const role = lane.role === 'regular' ? '' : lane.role;
  body.push(html`<text class="lane-label" x="${LABEL_X}" y="${bandY + 14}" text-anchor="end">${lane.name}</text>`);
  if (role) body.push(html`<text class="row-label small" x="${LABEL_X}" y="${bandY - 2}" text-anchor="end">${role}</text>`);
  body.push(bandRowSvg(lane.bands, scale, bandY, 20, 's'));
  for (const h of lane.hooks.filter((h) => h.from <= scale.end)) {
    const x = scale.x(h.from);
    const w = round(Math.max(scale.x(h.to) - x, 2));
    body.push(html`<rect class="hook hook-${h.hook} hook-${h.result ?? 'running'}" x="${x}" y="${hookY}" width="${w}" height="5"><title>${lane.name}: ${h.hook} hook ${h.result ?? 'still running'} (${secs(h.from)}–${secs(h.to)})</title></rect>`);
  }
  y += 20;
  body.push(bandRowSvg(lane.ready, scale, y + 1, 3, 'r', 0));
  y += 5;
  body.push(markerRowSvg(lane.markers, scale, { labelTop, labelRows: MARKER_LABEL_ROWS, lineTop: hookY - 1, lineBottom: bandY + 22 }));
  for (const probe of PROBE_TYPES) {
    if (!lane.probes.some((p) => p.probe === probe)) continue;
    body.push(html`<text class="row-label tiny" x="${LABEL_X}" y="${y + 7}" text-anchor="end">${probe}</text>`, probeTicksSvg(lane.probes, probe, scale, y, 9));
    y += 10;
  }
  return y + 10;
}

/** After the pod left the API, or after observation stopped, nothing is the API's view: hatch it. */
function regionsSvg(model: TimelineModel, scale: TimeScale, top: number, bottom: number): SafeHtml[] {
  const out: SafeHtml[] = [];
  const region = (from: Millis, text: string) => {
    const x = scale.x(from);
    if (x >= scale.x1 - 0.5) return;
    const fits = textWidth(text, 10) + 8 <= scale.x1 - x;
    out.push(html`<g class="gone"><title>${text} from ${secs(from)}</title><rect x="${x}" y="${top}" width="${round(scale.x1 - x)}" height="${bottom - top}"/>${fits && html`<text x="${round(x + 4)}" y="${top + 13}">${text}</text>`}</g>`);
  };
  if (model.removedAt !== undefined) region(model.removedAt, 'removed from the API');
  else if (model.horizon < scale.end) region(model.horizon, model.truncated ? `trace stopped: ${model.truncated}` : 'not observed');
  return out;
}

function highlightSvg(h: TimelineHighlight, scale: TimeScale, labelY: number): SafeHtml {
  const x = scale.x(h.at);
  const anchor = x > scale.x1 - 220 ? 'end' : 'start';
  const tx = anchor === 'end' ? x - 4 : x + 4;
  return html`<g class="hl"><title>${h.label}</title><text x="${round(tx)}" y="${labelY}" text-anchor="${anchor}">${h.label}</text></g>`;
}

function secs(ms: Millis): string {
  return `${+(ms / 1000).toFixed(3)}s`;
}
