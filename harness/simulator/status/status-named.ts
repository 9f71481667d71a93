import type { ContainerStatus } from '../../../specs/model/container-status.js';

/**
 * The status of that container name in a list (the kubelet looks statuses up by name). The
 * kubelet writes the lists in spec order, so a caller that knows the container's position
 * gives it, and that place is looked at first: names are unique across a valid pod's
 * containers (validation refuses duplicates, as kube-apiserver does).
 */
export function statusNamed(statuses: readonly ContainerStatus[], name: string, position = -1): ContainerStatus | undefined {
  if (position >= 0 && position < statuses.length) {
    const at = statuses[position]!;
    if (at.name === name) return at;
  }
  for (let i = 0; i < statuses.length; i++) if (statuses[i]!.name === name) return statuses[i];
  return undefined;
}
