import type { Applicability } from '../../../../specs/invariant.js';
import { podContainers } from '../../../../specs/model/container-role.js';
import type { FaultType } from '../../../../specs/model/fault.js';
import type { Scenario } from '../../../../specs/model/scenario.js';
import { MAX_OOM_LIMIT_BYTES, oomAllocationBytes } from '../translate/oom-allocation.js';
import { STATE_VOLUME_NAME } from '../translate/script-log-format.js';

export interface ClusterCapabilities {
  /** podlife runs the node (local, kind): node-level faults and the scripts' log on the node. */
  nodeActions: boolean;
  /** Why node actions are unavailable, to say in skips. */
  nodeActionsUnavailableReason?: string;
}

/** Faults that need the node: the API cannot kill a process, stop the kubelet or tag an image. */
const NODE_FAULTS: readonly FaultType[] = ['KillContainer', 'OOMKill', 'RemoveContainer', 'NodeDown', 'NodeUp', 'NodeReboot', 'UpdateImage'];

/**
 * Whether the cluster backend can run a scenario faithfully; if not, the skip says
 * why (DESIGN.md: never passed, never failed).
 */
export function clusterSupport(scenario: Scenario, caps: ClusterCapabilities): Applicability {
  if (!caps.nodeActions) {
    const needsNode = scenario.faults.find((f) => NODE_FAULTS.includes(f.type) || (f.type === 'ImagePullFailure' && (f.at > 0 || f.until !== undefined)));
    if (needsNode) {
      const why = caps.nodeActionsUnavailableReason ?? 'podlife does not run this cluster\'s node';
      return { skip: `${needsNode.type} needs node-level access (${needsNode.type === 'UpdateImage' ? 'a second tag of the workload image' : needsNode.type === 'ImagePullFailure' ? 'tagging the image back' : 'the container runtime or the kubelet'}): ${why}` };
    }
  }
  for (const f of scenario.faults) {
    if (f.type !== 'OOMKill') continue;
    const container = podContainers(scenario.pod).find((c) => c.name === f.container);
    if (container && oomAllocationBytes(container.spec) === undefined) {
      // One wording for every container, so that reports count the skips together.
      return { skip: `OOMKill needs a memory limit of at most ${MAX_OOM_LIMIT_BYTES / 1024 ** 2}Mi on its container: a real OOM kill happens inside a memory-limited cgroup, and adding a limit would change the pod's QoS class` };
    }
  }
  if (((scenario.pod.spec.volumes as { name?: string }[] | undefined) ?? []).some((v) => v.name === STATE_VOLUME_NAME)) {
    return { skip: `the pod has a volume named ${STATE_VOLUME_NAME}, which the cluster backend needs for its scripts` };
  }
  if (runsAsNonRoot(scenario)) {
    return { skip: 'a container runs as a non-root user: the scripts write their state and log in a directory owned by root' };
  }
  return true;
}

/** Node-wide faults (and a containerd restart where the node has no crictl) run with the node to themselves. */
export function needsExclusiveNode(scenario: Scenario, crictl: boolean): boolean {
  return scenario.faults.some((f) => f.type === 'NodeDown' || f.type === 'NodeUp' || f.type === 'NodeReboot' || (f.type === 'RemoveContainer' && !crictl));
}

function runsAsNonRoot(scenario: Scenario): boolean {
  type Security = { runAsUser?: number; runAsNonRoot?: boolean } | undefined;
  const nonRoot = (s: Security) => s?.runAsNonRoot === true || (s?.runAsUser !== undefined && s.runAsUser !== 0);
  if (nonRoot(scenario.pod.spec.securityContext as Security)) return true;
  return podContainers(scenario.pod).some((c) => nonRoot(c.spec.securityContext as Security));
}
