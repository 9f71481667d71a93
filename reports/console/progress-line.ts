import type { Progress } from '../../harness/runner/property-run.js';

/** `  1200/10000 · 850 scenarios/s · ETA 10s · 1 invariant violated` */
export function progressLine(p: Progress): string {
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const eta = rate > 0 ? Math.ceil((p.total - p.done) / rate) : 0;
  const bar = progressBar(p.done / p.total, 20);
  const violated = p.violated === 0 ? 'no violation' : `${p.violated} invariant${p.violated === 1 ? '' : 's'} violated`;
  return `${bar} ${p.done}/${p.total} · ${Math.round(rate)} scenarios/s · ETA ${eta}s · ${violated}`;
}

function progressBar(fraction: number, width: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
