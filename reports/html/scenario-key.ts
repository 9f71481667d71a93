import type { Scenario } from '../../specs/model/scenario.js';

/**
 * What makes two scenarios the same one: the pod, the behaviours, the faults and the horizon.
 * Names, descriptions and origins differ between runs and do not count.
 */
export function scenarioKey(s: Scenario): string {
  return canonicalJson({ until: s.until, pod: s.pod, containers: s.containers, faults: s.faults });
}

/** JSON with object keys sorted, so equal data gives equal text whatever the key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
