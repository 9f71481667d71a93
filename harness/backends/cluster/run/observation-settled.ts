import { isTerminalPhase } from '../../../../specs/model/pod-phase.js';
import type { Snapshot } from '../../../../specs/model/trace.js';

/** What the node says of the pod's containers: `unknown` where podlife cannot look at the node. */
export const NODE_CONTAINER_STATES = ['running', 'stopped', 'unknown'] as const;
export type NodeContainerState = (typeof NODE_CONTAINER_STATES)[number];

export interface SettleInput {
  /** Every fault of the scenario has been carried out. */
  faultsDone: boolean;
  /** The API no longer has the pod. */
  podRemoved: boolean;
  latest: Snapshot | undefined;
  /** What the node showed of the pod's containers, once the pod was removed. */
  containersOnNode: NodeContainerState;
}

/**
 * Nothing observable can change any more, so observation may end before the horizon:
 * every fault is done, and the pod is either terminal with nothing running or gone from
 * the API — and, where podlife can see the node, none of its containers still runs there.
 * A force-deleted pod leaves the API at once while the kubelet is still stopping its
 * containers (R5.9), and a sync in flight at the deletion runs to completion first
 * (kubelet.go SyncPod: `context.WithoutCancel`), so its containers can outlive the
 * object by the whole grace period. Their exits are still part of the trace.
 */
export function observationSettled(input: SettleInput): boolean {
  if (!input.faultsDone) return false;
  const { latest } = input;
  const apiQuiet = input.podRemoved || (latest !== undefined && isTerminalPhase(latest.status.phase)
    && [...latest.status.initContainerStatuses, ...latest.status.containerStatuses].every((s) => !s.state.running));
  if (!apiQuiet) return false;
  if (!input.podRemoved) return true;
  return input.containersOnNode !== 'running';
}
