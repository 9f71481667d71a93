import type { Millis } from './time.js';

/**
 * Durations in scenario files are strings with a unit (`500ms`, `10s`, `2m`, `1h`, or
 * combinations such as `1m30s`) or integer milliseconds.
 */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
type DurationUnit = keyof typeof UNIT_MS;

const DURATION_PATTERN = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
const PART_PATTERN = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;

export type DurationParse = { ok: true; value: Millis } | { ok: false; error: string };

export function parseDuration(input: unknown): DurationParse {
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) return { ok: false, error: `must be an integer number of milliseconds, got ${input}` };
    if (input < 0) return { ok: false, error: `must not be negative, got ${input}` };
    return { ok: true, value: input };
  }
  if (typeof input !== 'string') {
    return { ok: false, error: `must be a duration such as "10s" or integer milliseconds, got ${describe(input)}` };
  }
  const text = input.trim();
  if (text.startsWith('-')) return { ok: false, error: `must not be negative, got "${input}"` };
  if (!DURATION_PATTERN.test(text)) {
    return { ok: false, error: `"${input}" is not a duration (use e.g. 500ms, 10s, 2m, 1m30s)` };
  }
  let total = 0;
  for (const [, amount, unit] of text.matchAll(PART_PATTERN)) {
    total += Number(amount) * UNIT_MS[unit as DurationUnit];
  }
  if (!Number.isInteger(total)) return { ok: false, error: `"${input}" is not a whole number of milliseconds` };
  return { ok: true, value: total };
}

/** The shortest exact spelling: 90000 → "1m30s", 1500 → "1500ms", 0 → "0s". */
export function formatDuration(ms: Millis): string {
  if (ms === 0) return '0s';
  if (ms % 1000 !== 0) return `${ms}ms`;
  let rest = ms / 1000;
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const s = rest - m * 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
