import { RESTART_POLICIES, type Pod } from '../model/pod-manifest.js';
import { fieldErrors, type FieldError } from './field-error.js';
import { dns1123LabelError, dns1123SubdomainError, qualifiedNameError } from './name-rules.js';
import { podTerminationGracePeriodSeconds } from '../model/container-role.js';
import { validateContainer } from './validate-container.js';
import { validateResources } from './validate-resources.js';
import { validateTolerations } from './validate-tolerations.js';

const MAX_INT32 = 2 ** 31 - 1;

/**
 * What kube-apiserver would reject on create (pkg/apis/core/validation/validation.go
 * `ValidatePodCreate` / `ValidatePodSpec`), for the fields the lifecycle depends on.
 * Returns every error, in field order.
 */
export function validatePod(pod: Pod): FieldError[] {
  const errors: FieldError[] = [];
  const name = pod.metadata?.name;
  if (typeof name !== 'string' || name === '') errors.push(fieldErrors.required('metadata.name', 'name or generateName is required'));
  else {
    const e = dns1123SubdomainError(name);
    if (e) errors.push(fieldErrors.invalid('metadata.name', name, e));
  }
  const namespace = pod.metadata?.namespace;
  if (namespace !== undefined) {
    const e = dns1123LabelError(namespace);
    if (e) errors.push(fieldErrors.invalid('metadata.namespace', namespace, e));
  }
  const spec = pod.spec;
  if (!spec) return [...errors, fieldErrors.required('spec')];

  if (spec.restartPolicy !== undefined && !RESTART_POLICIES.includes(spec.restartPolicy)) {
    errors.push(fieldErrors.notSupported('spec.restartPolicy', spec.restartPolicy, RESTART_POLICIES));
  }
  if (spec.terminationGracePeriodSeconds !== undefined && (!Number.isInteger(spec.terminationGracePeriodSeconds) || spec.terminationGracePeriodSeconds < 0)) {
    errors.push(fieldErrors.invalid('spec.terminationGracePeriodSeconds', spec.terminationGracePeriodSeconds, 'must be greater than or equal to 0'));
  }
  if (spec.activeDeadlineSeconds !== undefined) {
    const v = spec.activeDeadlineSeconds;
    if (!Number.isInteger(v) || v < 1 || v > MAX_INT32) {
      errors.push(fieldErrors.invalid('spec.activeDeadlineSeconds', v, `must be between 1 and ${MAX_INT32}, inclusive`));
    }
  }

  const seen = new Set<string>();
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  if (containers.length === 0) errors.push(fieldErrors.required('spec.containers'));
  // API defaulting sets terminationGracePeriodSeconds before validation.
  const gracePeriod = podTerminationGracePeriodSeconds({ spec });
  const lists = [
    ['initContainers', spec.initContainers ?? []],
    ['containers', containers],
  ] as const;
  for (const [kind, list] of lists) {
    list.forEach((container, i) => {
      const path = `spec.${kind}[${i}]`;
      errors.push(...validateContainer(container, kind, path, gracePeriod));
      if (typeof container.name === 'string' && container.name !== '') {
        if (seen.has(container.name)) errors.push(fieldErrors.duplicate(`${path}.name`, container.name));
        seen.add(container.name);
      }
    });
  }

  (spec.readinessGates ?? []).forEach((gate, i) => {
    const e = typeof gate.conditionType === 'string' ? qualifiedNameError(gate.conditionType) : 'must be a string';
    if (e) errors.push(fieldErrors.invalid(`spec.readinessGates[${i}].conditionType`, gate.conditionType, e));
  });
  errors.push(...validateTolerations(spec.tolerations ?? [], 'spec.tolerations'));
  if (spec.resources) errors.push(...validateResources(spec.resources, 'spec.resources'));
  return errors;
}
