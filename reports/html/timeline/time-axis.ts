import { formatDuration } from '../../../specs/model/duration.js';
import type { Millis } from '../../../specs/model/time.js';

/** Tick spacings a person reads at a glance: 1, 2, 5 steps, then seconds and minutes. */
const STEPS: readonly Millis[] = [
  10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000,
];

/** Ticks from 0 to `end` at the smallest readable spacing that gives at most `maxTicks` intervals. */
export function timeTicks(end: Millis, maxTicks = 10): { step: Millis; ticks: Millis[] } {
  const step = STEPS.find((s) => end / s <= maxTicks) ?? Math.ceil(end / maxTicks / 3_600_000) * 3_600_000;
  const ticks: Millis[] = [];
  for (let t = 0; t <= end + 1e-9; t += step) ticks.push(t);
  return { step, ticks };
}

/** `0s`, `500ms`, `1.5s`, `30s`, `1m30s`, `10m`: the scenario files' own spelling of time. */
export function axisLabel(t: Millis): string {
  if (t > 0 && t < 1000) return `${t}ms`;
  if (t % 1000 !== 0 && t < 60_000) return `${(t / 1000).toFixed(t % 100 === 0 ? 1 : 2)}s`;
  return formatDuration(Math.round(t / 1000) * 1000);
}
