import type { Lifecycle, LifecycleHandler } from '../model/pod-manifest.js';
import { fieldErrors, type FieldError } from './field-error.js';
import { validatePort } from './validate-port.js';

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;

/**
 * R7.3 — validation.go `validateLifecycle` / `validateHandler`: exactly one handler each.
 * `gracePeriod` is the pod's terminationGracePeriodSeconds as defaulted (30 when unset).
 */
export function validateLifecycle(lifecycle: Lifecycle, path: string, gracePeriod: number): FieldError[] {
  const errors: FieldError[] = [];
  for (const hook of ['postStart', 'preStop'] as const) {
    const handler = lifecycle[hook];
    if (handler) errors.push(...validateHandler(handler, `${path}.${hook}`, gracePeriod));
  }
  return errors;
}

function validateHandler(handler: LifecycleHandler, path: string, gracePeriod: number): FieldError[] {
  const errors: FieldError[] = [];
  const present = HANDLERS.filter((h) => handler[h] !== undefined);
  if (present.length === 0) errors.push(fieldErrors.required(path, 'must specify a handler type'));
  for (const extra of present.slice(1)) errors.push(fieldErrors.forbidden(`${path}.${extra}`, 'may not specify more than 1 handler type'));
  if (handler.exec && (!Array.isArray(handler.exec.command) || handler.exec.command.length === 0)) errors.push(fieldErrors.required(`${path}.exec.command`));
  if (handler.httpGet) errors.push(...validatePort(handler.httpGet.port, `${path}.httpGet.port`));
  if (handler.tcpSocket) errors.push(...validatePort(handler.tcpSocket.port, `${path}.tcpSocket.port`));
  if (handler.sleep && (!Number.isInteger(handler.sleep.seconds) || handler.sleep.seconds < 0)) {
    errors.push(fieldErrors.invalid(`${path}.sleep.seconds`, handler.sleep.seconds, 'must be greater than or equal to 0'));
  } else if (handler.sleep && handler.sleep.seconds > gracePeriod) {
    // validateSleepAction with PodLifecycleSleepActionAllowZero (GA, locked on in 1.34): 0 ≤ seconds ≤ grace.
    // A v1.34.10 API server rejected a generated pod with sleep 2 and a grace of 1.
    errors.push(fieldErrors.invalid(`${path}.sleep`, handler.sleep.seconds, `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`));
  }
  return errors;
}
