import { html, type SafeHtml } from '../safe-html.js';
import { textWidth } from './label-placer.js';
import type { TimelineBand } from './timeline-model.js';
import { round, type TimeScale } from './time-scale.js';

/** Bands narrower than this merge with their narrow neighbours into one "many changes" band. */
const MIN_BAND_PX = 1.5;
const MAX_TOOLTIP_LINES = 8;

/**
 * One row of bands: a rectangle per state, its label inside when it fits, a tooltip always.
 * A burst of states too short to see (a fast crash loop) becomes one hatched band that says
 * how many it holds, so the picture stays small and honest.
 */
export function bandRowSvg(bands: readonly TimelineBand[], scale: TimeScale, y: number, height: number, classPrefix: string, fontSize = 10): SafeHtml {
  const parts: SafeHtml[] = [];
  let burst: TimelineBand[] = [];
  const flush = () => {
    if (burst.length === 0) return;
    if (burst.length === 1) parts.push(band(burst[0]!, scale, y, height, classPrefix, fontSize));
    else parts.push(burstBand(burst, scale, y, height));
    burst = [];
  };
  for (const b of bands) {
    const w = scale.x(b.to) - scale.x(b.from);
    if (w < MIN_BAND_PX) {
      // only neighbours make a burst: a gap between two blinks keeps them apart
      const last = burst[burst.length - 1];
      if (last && scale.x(b.from) - scale.x(last.to) >= MIN_BAND_PX) flush();
      burst.push(b);
      continue;
    }
    flush();
    parts.push(band(b, scale, y, height, classPrefix, fontSize));
  }
  flush();
  return html`${parts}`;
}

function band(b: TimelineBand, scale: TimeScale, y: number, height: number, classPrefix: string, fontSize: number): SafeHtml {
  const x = scale.x(b.from);
  const w = round(Math.max(scale.x(b.to) - x, 0.5));
  // fontSize 0: a thin row that only shows colour (conditions, readiness).
  const fits = fontSize > 0 && b.label !== '' && textWidth(b.label, fontSize) + 6 <= w;
  return html`<g class="band ${classPrefix}-${cssName(b.kind)}"><title>${b.detail} (${span(b)})</title><rect x="${x}" y="${y}" width="${w}" height="${height}"/>${
    fits && html`<text class="band-label" x="${round(x + 3)}" y="${round(y + height / 2 + fontSize * 0.35)}">${b.label}</text>`
  }</g>`;
}

function burstBand(bands: readonly TimelineBand[], scale: TimeScale, y: number, height: number): SafeHtml {
  const first = bands[0]!;
  const last = bands[bands.length - 1]!;
  const x = scale.x(first.from);
  const w = round(Math.max(scale.x(last.to) - x, 1));
  const lines = bands.slice(0, MAX_TOOLTIP_LINES).map((b) => `${b.label || b.kind} (${span(b)})`);
  if (bands.length > MAX_TOOLTIP_LINES) lines.push(`… and ${bands.length - MAX_TOOLTIP_LINES} more`);
  return html`<g class="band burst"><title>${bands.length} states in ${span({ from: first.from, to: last.to })}:\n${lines.join('\n')}</title><rect x="${x}" y="${y}" width="${w}" height="${height}"/></g>`;
}

function span(b: { from: number; to: number }): string {
  return `${seconds(b.from)}–${seconds(b.to)}`;
}

function seconds(ms: number): string {
  return `${+(ms / 1000).toFixed(3)}s`;
}

/** Kinds are data (reasons, phases): only letters, digits and dashes reach a class name. */
export function cssName(kind: string): string {
  return kind.replace(/[^A-Za-z0-9-]/g, '_');
}
