import type { Millis } from '../../../specs/model/time.js';

/**
 * A []string built one item at a time, printed as Go's `%s` prints it: `[a b c]`. The
 * kubelet's condition messages print container names this way.
 */
export class GoStringList {
  private items: string | undefined;

  get empty(): boolean {
    return this.items === undefined;
  }

  add(item: string): void {
    this.items = this.items === undefined ? item : `${this.items} ${item}`;
  }

  toString(): string {
    return `[${this.items ?? ''}]`;
  }
}

/** Go's time.Duration.String() for whole milliseconds: 10s, 1m20s, 5m0s, 1.5s. */
export function goDuration(ms: Millis): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  if (ms % 1000 === 0) {
    // Whole seconds (every back-off step): no fractions to print.
    const total = ms / 1000;
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    if (hours > 0) return `${hours}h${minutes}m${seconds}s`;
    if (minutes > 0) return `${minutes}m${seconds}s`;
    return `${seconds}s`;
  }
  const totalSeconds = ms / 1000;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds - hours * 3600) / 60);
  const seconds = totalSeconds - hours * 3600 - minutes * 60;
  const s = `${Number(seconds.toFixed(3))}s`;
  if (hours > 0) return `${hours}h${minutes}m${s}`;
  if (minutes > 0) return `${minutes}m${s}`;
  return s;
}
