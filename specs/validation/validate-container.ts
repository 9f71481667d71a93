import { isSidecar } from '../model/container-role.js';
import { IMAGE_PULL_POLICIES, RESTART_POLICIES, type Container } from '../model/pod-manifest.js';
import { fieldErrors, type FieldError } from './field-error.js';
import { dns1123LabelError } from './name-rules.js';
import { validateLifecycle } from './validate-lifecycle.js';
import { validateProbe } from './validate-probe.js';
import { validateResources } from './validate-resources.js';

export type ContainerKind = 'initContainers' | 'containers';

const PROBES = [
  ['livenessProbe', 'liveness'],
  ['readinessProbe', 'readiness'],
  ['startupProbe', 'startup'],
] as const;

/**
 * R2.6, R3.2 — validation.go `validateInitContainers` / `validateContainers` /
 * `validateContainerCommon` at Kubernetes 1.34 defaults (ContainerRestartRules off):
 * only init containers may set restartPolicy, and only to Always (a sidecar); probes
 * and lifecycle hooks are forbidden on regular init containers.
 */
export function validateContainer(container: Container, kind: ContainerKind, path: string, gracePeriod: number): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof container.name !== 'string' || container.name === '') errors.push(fieldErrors.required(`${path}.name`));
  else {
    const nameError = dns1123LabelError(container.name);
    if (nameError) errors.push(fieldErrors.invalid(`${path}.name`, container.name, nameError));
  }
  if (typeof container.image !== 'string' || container.image === '') errors.push(fieldErrors.required(`${path}.image`));
  else if (container.image.trim() !== container.image) errors.push(fieldErrors.invalid(`${path}.image`, container.image, 'must not have leading or trailing whitespace'));
  if (container.imagePullPolicy !== undefined && !IMAGE_PULL_POLICIES.includes(container.imagePullPolicy)) {
    errors.push(fieldErrors.notSupported(`${path}.imagePullPolicy`, container.imagePullPolicy, IMAGE_PULL_POLICIES));
  }

  if (container.restartPolicy !== undefined) {
    if (kind === 'containers') errors.push(fieldErrors.forbidden(`${path}.restartPolicy`, 'may not be set for non-init containers'));
    else if (!RESTART_POLICIES.includes(container.restartPolicy)) errors.push(fieldErrors.notSupported(`${path}.restartPolicy`, container.restartPolicy, ['Always']));
    else if (container.restartPolicy !== 'Always') errors.push(fieldErrors.notSupported(`${path}.restartPolicy`, container.restartPolicy, ['Always']));
  }

  const regularInit = kind === 'initContainers' && !isSidecar(container);
  for (const [field, type] of PROBES) {
    const probe = container[field];
    if (probe === undefined) continue;
    if (regularInit) errors.push(fieldErrors.forbidden(`${path}.${field}`, 'may not be set for init containers without restartPolicy=Always'));
    else errors.push(...validateProbe(probe, type, `${path}.${field}`));
  }
  if (container.lifecycle !== undefined) {
    if (regularInit) errors.push(fieldErrors.forbidden(`${path}.lifecycle`, 'may not be set for init containers without restartPolicy=Always'));
    else errors.push(...validateLifecycle(container.lifecycle, `${path}.lifecycle`, gracePeriod));
  }
  if (container.resources) errors.push(...validateResources(container.resources, `${path}.resources`));
  return errors;
}
