import type { Progress } from '../../harness/runner/property-run.js';
import { NO_COLOR, type Palette } from './color.js';
import { durationText } from './duration-text.js';

/** `[#######.............]  3500/10000  35% · 850 scenarios/s · ETA 7.6s · 1 invariant violated` */
export function progressLine(p: Progress, paint: Palette = NO_COLOR): string {
  const fraction = p.total > 0 ? Math.max(0, Math.min(1, p.done / p.total)) : 0;
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const remaining = rate > 0 ? ((p.total - p.done) / rate) * 1000 : undefined;
  const filled = Math.round(fraction * 20);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}]`;
  const count = `${String(p.done).padStart(String(p.total).length)}/${p.total}`;
  const when = p.done >= p.total ? `done in ${durationText(p.elapsedMs)}` : `ETA ${remaining === undefined ? '?' : durationText(remaining)}`;
  const violated = p.violated === 0 ? paint.green('no violation') : paint.red(`${p.violated} invariant${p.violated === 1 ? '' : 's'} violated`);
  return `${bar} ${count} ${String(Math.floor(fraction * 100)).padStart(3)}% · ${rateText(rate)} · ${when} · ${violated}`;
}

/** Per second, or per minute when under one a second (real clusters: a scenario takes minutes). */
function rateText(perSecond: number): string {
  if (perSecond >= 100) return `${Math.round(perSecond)} scenarios/s`;
  if (perSecond >= 1 || perSecond === 0) return `${perSecond.toFixed(1)} scenarios/s`;
  return `${(perSecond * 60).toFixed(1)} scenarios/min`;
}
