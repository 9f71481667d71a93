import type { ScheduledFault } from '../specs/model/fault.js';
import type { Container, PodSpec } from '../specs/model/pod-manifest.js';

/** The memory limit a generated OOMKill's target gets when the pod has none: above every generated memory request. */
export const OOM_TARGET_MEMORY_LIMIT = '64Mi';

/**
 * Gives every container an OOMKill targets a memory limit when it has none. A real OOM
 * kill happens when a container's cgroup reaches its memory limit, so this is what lets
 * the cluster backend cause the fault (it skips an OOMKill on a container without a
 * limit). Placement already prefers limited containers; this covers pods with none.
 * The container keeps its requests; the pod's QoS class follows from the result (R8.1).
 */
export function limitOomKillTargets(spec: PodSpec, faults: readonly ScheduledFault[]): PodSpec {
  const targets = new Set(faults.flatMap((f) => (f.type === 'OOMKill' ? [f.container] : [])));
  if (targets.size === 0) return spec;
  const limit = (c: Container): Container =>
    !targets.has(c.name) || c.resources?.limits?.memory !== undefined
      ? c
      : { ...c, resources: { ...c.resources, limits: { ...c.resources?.limits, memory: OOM_TARGET_MEMORY_LIMIT } } };
  return {
    ...spec,
    ...(spec.initContainers === undefined ? {} : { initContainers: spec.initContainers.map(limit) }),
    containers: spec.containers.map(limit),
  };
}
