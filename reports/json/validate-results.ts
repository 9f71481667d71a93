import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { RunResult } from '../../harness/runner/run-result.js';
import { RESULTS_SCHEMA } from './results-schema.js';

export type ResultsValidation = { ok: true; result: RunResult } | { ok: false; errors: string[] };

let compiled: ValidateFunction | undefined;

/** Checks a parsed results.json against its schema; errors say where (`/invariants/3/id: …`). */
export function validateResults(value: unknown, maxErrors = 5): ResultsValidation {
  // Formats (date-time) would need a plugin; the runner writes ISO strings and readers only display them.
  compiled ??= new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(RESULTS_SCHEMA);
  if (compiled(value)) return { ok: true, result: value as RunResult };
  const errors = (compiled.errors ?? []).filter(useful).slice(0, maxErrors).map(describe);
  return { ok: false, errors: errors.length > 0 ? errors : ['does not match the results schema'] };
}

/** `if`/`then` wrappers repeat the real error beneath them. */
function useful(e: ErrorObject): boolean {
  return e.keyword !== 'if';
}

function describe(e: ErrorObject): string {
  const where = e.instancePath === '' ? '(top level)' : e.instancePath;
  if (e.keyword === 'additionalProperties') return `${where}: unexpected property "${String((e.params as { additionalProperty: string }).additionalProperty)}"`;
  if (e.keyword === 'enum') return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where}: ${e.message ?? e.keyword}`;
}
