import type { Container, Pod, PodSpec, RestartPolicy } from './pod-manifest.js';

/**
 * R2.6: an init container with `restartPolicy: Always` is a sidecar; other init
 * containers are regular init containers; `spec.containers` are regular containers.
 */
export const CONTAINER_ROLES = ['init', 'sidecar', 'regular'] as const;
export type ContainerRole = (typeof CONTAINER_ROLES)[number];

export interface PodContainer {
  name: string;
  role: ContainerRole;
  /** Index within spec.initContainers or spec.containers. */
  index: number;
  spec: Container;
}

export function isSidecar(container: Container): boolean {
  return container.restartPolicy === 'Always';
}

/** Every container of the pod in spec order: init containers (and sidecars) first, then regular ones. */
export function podContainers(pod: Pod): PodContainer[] {
  const init = (pod.spec.initContainers ?? []).map((spec, index): PodContainer => ({
    name: spec.name,
    role: isSidecar(spec) ? 'sidecar' : 'init',
    index,
    spec,
  }));
  const regular = pod.spec.containers.map((spec, index): PodContainer => ({ name: spec.name, role: 'regular', index, spec }));
  return [...init, ...regular];
}

/** The container of that name, as `podContainers` lists it (the first in spec order), without listing them all. */
export function findPodContainer(pod: Pod, name: string): PodContainer | undefined {
  const inits = pod.spec.initContainers ?? [];
  for (let index = 0; index < inits.length; index++) {
    const spec = inits[index]!;
    if (spec.name === name) return { name: spec.name, role: isSidecar(spec) ? 'sidecar' : 'init', index, spec };
  }
  const index = pod.spec.containers.findIndex((c) => c.name === name);
  return index < 0 ? undefined : { name, role: 'regular', index, spec: pod.spec.containers[index]! };
}

/** `spec.restartPolicy` defaults to Always (SetDefaults_PodSpec). */
export function podRestartPolicy(pod: Pod): RestartPolicy {
  return pod.spec.restartPolicy ?? 'Always';
}

/** `spec.terminationGracePeriodSeconds` defaults to 30 (R5.1, SetDefaults_PodSpec). */
export function podTerminationGracePeriodSeconds(pod: { spec: PodSpec }): number {
  return pod.spec.terminationGracePeriodSeconds ?? 30;
}
