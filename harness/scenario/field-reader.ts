import { parseDuration } from '../../specs/model/duration.js';
import type { Millis } from '../../specs/model/time.js';
import type { DocPath, ScenarioIssue } from './scenario-issue.js';
import { formatPath } from './scenario-issue.js';

/** Collects issues while reading a loosely typed document into typed values. */
export class FieldReader {
  readonly issues: ScenarioIssue[] = [];

  constructor(private readonly lineOf: (path: DocPath) => number | undefined) {}

  fail(path: DocPath, message: string): undefined {
    const line = this.lineOf(path);
    this.issues.push({ path: formatPath(path), message, ...(line !== undefined ? { line } : {}) });
    return undefined;
  }

  /** An object whose keys must all be among `allowed`. */
  object(value: unknown, path: DocPath, allowed: readonly string[]): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.fail(path, `must be an object, got ${kindOf(value)}`);
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.fail([...path, key], `unknown field "${key}"${suggest(key, allowed)}`);
    }
    return record;
  }

  /** A map with free keys (e.g. behaviours by container name). */
  map(value: unknown, path: DocPath): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.fail(path, `must be an object, got ${kindOf(value)}`);
    return value as Record<string, unknown>;
  }

  list(value: unknown, path: DocPath): unknown[] | undefined {
    if (!Array.isArray(value)) return this.fail(path, `must be a list, got ${kindOf(value)}`);
    return value;
  }

  string(value: unknown, path: DocPath, options: { nonEmpty?: boolean } = {}): string | undefined {
    if (typeof value !== 'string') return this.fail(path, `must be a string, got ${kindOf(value)}`);
    if (options.nonEmpty && value.trim() === '') return this.fail(path, 'must not be empty');
    return value;
  }

  integer(value: unknown, path: DocPath, range: { min?: number; max?: number } = {}): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.fail(path, `must be an integer, got ${kindOf(value)}`);
    if (range.min !== undefined && value < range.min) return this.fail(path, `must be at least ${range.min}, got ${value}`);
    if (range.max !== undefined && value > range.max) return this.fail(path, `must be at most ${range.max}, got ${value}`);
    return value;
  }

  boolean(value: unknown, path: DocPath): boolean | undefined {
    if (typeof value !== 'boolean') return this.fail(path, `must be true or false, got ${kindOf(value)}`);
    return value;
  }

  duration(value: unknown, path: DocPath): Millis | undefined {
    const parsed = parseDuration(value);
    if (!parsed.ok) return this.fail(path, parsed.error);
    return parsed.value;
  }

  oneOf<T extends string>(value: unknown, path: DocPath, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(path, `must be one of ${allowed.join(', ')}, got ${typeof value === 'string' ? `"${value}"` : kindOf(value)}`);
  }
}

export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${value}"`;
  return `${typeof value} ${String(value)}`;
}

function suggest(key: string, allowed: readonly string[]): string {
  const lower = key.toLowerCase();
  const match = allowed.find((a) => a.toLowerCase() === lower || editDistance(a.toLowerCase(), lower) <= 2);
  return match ? ` (did you mean "${match}"?)` : `; expected one of: ${allowed.join(', ')}`;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return dp[a.length]![b.length]!;
}
