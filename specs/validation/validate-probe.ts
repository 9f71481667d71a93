import type { ProbeType } from '../model/behaviour.js';
import type { Probe } from '../model/pod-manifest.js';
import { fieldErrors, type FieldError } from './field-error.js';
import { validatePort } from './validate-port.js';

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;

/**
 * R3.2 — validation.go `validateProbe`, `validateLivenessProbe`, `validateReadinessProbe`,
 * `validateStartupProbe`.
 */
export function validateProbe(probe: Probe, type: ProbeType, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const handlers = HANDLERS.filter((h) => probe[h] !== undefined);
  if (handlers.length === 0) errors.push(fieldErrors.required(path, 'must specify a handler type'));
  for (const extra of handlers.slice(1)) errors.push(fieldErrors.forbidden(`${path}.${extra}`, 'may not specify more than 1 handler type'));
  if (probe.exec && (!Array.isArray(probe.exec.command) || probe.exec.command.length === 0)) {
    errors.push(fieldErrors.required(`${path}.exec.command`));
  }
  if (probe.httpGet) errors.push(...validatePort(probe.httpGet.port, `${path}.httpGet.port`));
  if (probe.tcpSocket) errors.push(...validatePort(probe.tcpSocket.port, `${path}.tcpSocket.port`));
  if (probe.grpc) errors.push(...validatePort(probe.grpc.port, `${path}.grpc.port`));
  for (const field of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
    const value = probe[field];
    if (value === undefined) continue;
    if (!Number.isInteger(value)) errors.push(fieldErrors.invalid(`${path}.${field}`, value, 'must be an integer'));
    else if (value < 0) errors.push(fieldErrors.invalid(`${path}.${field}`, value, 'must be greater than or equal to 0'));
  }
  if ((type === 'liveness' || type === 'startup') && probe.successThreshold !== undefined && probe.successThreshold !== 1) {
    errors.push(fieldErrors.invalid(`${path}.successThreshold`, probe.successThreshold, 'must be 1'));
  }
  if (probe.terminationGracePeriodSeconds !== undefined) {
    if (type === 'readiness') {
      errors.push(fieldErrors.invalid(`${path}.terminationGracePeriodSeconds`, probe.terminationGracePeriodSeconds, 'must not be set for readinessProbes'));
    } else if (!Number.isInteger(probe.terminationGracePeriodSeconds) || probe.terminationGracePeriodSeconds <= 0) {
      errors.push(fieldErrors.invalid(`${path}.terminationGracePeriodSeconds`, probe.terminationGracePeriodSeconds, 'must be greater than 0'));
    }
  }
  return errors;
}
