import type { Container, Pod, ResourceList } from '../../../specs/model/pod-manifest.js';
import type { QOSClass } from '../../../specs/model/qos-class.js';
import { parseQuantity } from '../../../specs/model/quantity.js';

type ContainerQOS = QOSClass;

/**
 * R8.1 — pkg/apis/core/v1/helper/qos/qos.go `ComputePodQOS` (the per-container
 * `resourceQOS` form): only cpu and memory count; limits stand in for missing
 * requests (API defaulting); pod-level resources, when set, decide alone.
 */
export function computeQosClass(pod: Pod): QOSClass {
  if (pod.spec.resources && (pod.spec.resources.requests || pod.spec.resources.limits)) {
    return containerQos(pod.spec.resources.requests, pod.spec.resources.limits);
  }
  const containers: Container[] = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  const classes = containers.map((c) => containerQos(c.resources?.requests, c.resources?.limits));
  if (classes.includes('Burstable')) return 'Burstable';
  const guaranteed = classes.filter((c) => c === 'Guaranteed').length;
  if (guaranteed === classes.length) return 'Guaranteed';
  if (guaranteed === 0) return 'BestEffort';
  return 'Burstable';
}

function containerQos(requests: ResourceList | undefined, limits: ResourceList | undefined): ContainerQOS {
  const perResource = (['cpu', 'memory'] as const).map((name) => {
    const limit = positive(limits?.[name]);
    const request = positive(requests?.[name]) ?? limit; // SetDefaults_ResourceList copies limits into unset requests
    if (request === undefined && limit === undefined) return 'none';
    if (request !== undefined && limit !== undefined && request === limit) return 'equal';
    return 'unequal';
  });
  if (perResource.includes('unequal')) return 'Burstable';
  if (perResource.every((r) => r === 'none')) return 'BestEffort';
  if (perResource.every((r) => r === 'equal')) return 'Guaranteed';
  return 'Burstable';
}

function positive(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const q = parseQuantity(value);
  return q !== undefined && q > 0 ? q : undefined;
}
