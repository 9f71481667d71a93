import type { ResourceRequirements } from '../model/pod-manifest.js';
import { parseQuantity } from '../model/quantity.js';
import { fieldErrors, type FieldError } from './field-error.js';

/** validation.go `ValidateResourceRequirements`: valid non-negative quantities; a request no larger than its limit. */
export function validateResources(resources: ResourceRequirements, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const parsed: Record<'requests' | 'limits', Record<string, number>> = { requests: {}, limits: {} };
  for (const kind of ['requests', 'limits'] as const) {
    for (const [name, raw] of Object.entries(resources[kind] ?? {})) {
      const value = parseQuantity(raw);
      const at = `${path}.${kind}[${name}]`;
      if (value === undefined) errors.push(fieldErrors.invalid(at, raw, "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"));
      else if (value < 0) errors.push(fieldErrors.invalid(at, raw, 'must be greater than or equal to 0'));
      else parsed[kind][name] = value;
    }
  }
  for (const [name, request] of Object.entries(parsed.requests)) {
    const limit = parsed.limits[name];
    if (limit !== undefined && request > limit) {
      errors.push(fieldErrors.invalid(`${path}.requests`, resources.requests?.[name], `must be less than or equal to ${name} limit of ${resources.limits?.[name]}`));
    }
  }
  return errors;
}
