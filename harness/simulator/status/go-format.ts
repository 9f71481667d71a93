import type { Millis } from '../../../specs/model/time.js';

/** Go's `%s` of a []string: `[a b c]`. The kubelet's condition messages print lists this way. */
export function goList(items: readonly string[]): string {
  return `[${items.join(' ')}]`;
}

/** Go's time.Duration.String() for whole milliseconds: 10s, 1m20s, 5m0s, 1.5s. */
export function goDuration(ms: Millis): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const totalSeconds = ms / 1000;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds - hours * 3600) / 60);
  const seconds = totalSeconds - hours * 3600 - minutes * 60;
  const s = `${Number(seconds.toFixed(3))}s`;
  if (hours > 0) return `${hours}h${minutes}m${s}`;
  if (minutes > 0) return `${minutes}m${s}`;
  return s;
}
