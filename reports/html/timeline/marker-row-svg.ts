import { html, type SafeHtml } from '../safe-html.js';
import { LabelPlacer, textWidth } from './label-placer.js';
import type { MarkerKind, TimelineMarker } from './timeline-model.js';
import { round, type TimeScale } from './time-scale.js';

/** Markers closer than this share one line and one label. */
const GROUP_PX = 3;
const MAX_TOOLTIP_LINES = 10;
const LABEL_FONT = 10;

export interface MarkerRowLayout {
  /** Where the label rows start, and how many there are (11px each). */
  labelTop: number;
  labelRows: number;
  /** The vertical extent of each marker's line. */
  lineTop: number;
  lineBottom: number;
}

/**
 * Event markers: a coloured line at the moment, a label above it on the first free row.
 * Events at (nearly) the same moment are grouped so that a thousand restarts at one instant
 * draw one line saying `×1000`, not a thousand.
 */
export function markerRowSvg(markers: readonly TimelineMarker[], scale: TimeScale, layout: MarkerRowLayout): SafeHtml {
  const sorted = markers.filter((m) => m.at <= scale.end).sort((a, b) => a.at - b.at);
  const groups: TimelineMarker[][] = [];
  for (const m of sorted) {
    const last = groups[groups.length - 1];
    if (last && scale.x(m.at) - scale.x(last[0]!.at) < GROUP_PX) last.push(m);
    else groups.push([m]);
  }
  const placer = new LabelPlacer(layout.labelRows);
  const parts: SafeHtml[] = [];
  for (const group of groups) {
    const x = scale.x(group[0]!.at);
    const byKind = new Map<MarkerKind, TimelineMarker[]>();
    for (const m of group) {
      const same = byKind.get(m.kind);
      if (same) same.push(m);
      else byKind.set(m.kind, [m]);
    }
    const tooltip = tooltipOf(group);
    for (const [kind, ms] of byKind) {
      const backOff = ms.find((m) => m.until !== undefined);
      // A back-off is a wait, not a moment: a short tick and a dashed line to its end.
      const bottom = kind === 'backoff' ? layout.lineTop + 6 : layout.lineBottom;
      parts.push(html`<g class="mk mk-${kind}"><title>${tooltip}</title><line x1="${x}" x2="${x}" y1="${layout.lineTop}" y2="${bottom}"/>${
        backOff?.until !== undefined && html`<line class="wait" x1="${x}" x2="${scale.x(backOff.until)}" y1="${layout.lineTop + 1}" y2="${layout.lineTop + 1}"/>`
      }</g>`);
    }
    const label = [...byKind.values()].map((ms) => (ms.length === 1 ? ms[0]!.label : `${shortLabel(ms[0]!)} ×${ms.length}`)).join(' · ');
    const width = textWidth(label, LABEL_FONT);
    // near the right edge the label goes to the left of its line, not off the picture
    const lx = x + 2 + width > scale.x1 + 8 ? x - 2 - width : x + 2;
    const row = placer.place(lx, width);
    if (row === undefined) continue;
    const kind = group[0]!.kind;
    parts.push(html`<text class="mk-label mk-${kind}" x="${round(lx)}" y="${layout.labelTop + (layout.labelRows - row) * 11 - 2}"><title>${tooltip}</title>${label}</text>`);
  }
  return html`${parts}`;
}

/** `↻3` → `↻`, `exit 137` → `exit`: what a group of the same kind has in common. */
function shortLabel(m: TimelineMarker): string {
  if (m.kind === 'restart') return '↻';
  return m.label.replace(/\s*[\d#].*$/, '') || m.kind;
}

function tooltipOf(group: readonly TimelineMarker[]): string {
  const lines = group.slice(0, MAX_TOOLTIP_LINES).map((m) => `${seconds(m.at)} ${m.detail}`);
  if (group.length > MAX_TOOLTIP_LINES) lines.push(`… and ${group.length - MAX_TOOLTIP_LINES} more`);
  return lines.join('\n');
}

function seconds(ms: number): string {
  return `${+(ms / 1000).toFixed(3)}s`;
}
