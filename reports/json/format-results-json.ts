import type { RunResult } from '../../harness/runner/run-result.js';

/** Arrays whose elements go one per line: a trace's snapshots and events. */
const ONE_PER_LINE = new Set(['snapshots', 'events']);

/**
 * results.json's text: indented for people and diffs, except that each trace snapshot and
 * event sits on one line — indenting those made a counterexample's trace 2.5 times larger
 * and no easier to read. Parses to exactly what JSON.stringify would give.
 */
export function formatResultsJson(result: RunResult): string {
  return `${format(result, '', undefined)}\n`;
}

function format(value: unknown, indent: string, key: string | undefined): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = `${indent}  `;
    const items = value.map((v) => (key !== undefined && ONE_PER_LINE.has(key) ? JSON.stringify(v) ?? 'null' : format(v, inner, undefined)));
    return `[\n${items.map((i) => `${inner}${i}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner, k)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
