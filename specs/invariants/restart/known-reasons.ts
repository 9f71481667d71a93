import { PASS, violation, type Invariant } from '../../invariant.js';
import type { ContainerState } from '../../model/container-state.js';
import { isTerminatedReason, isWaitingReason } from '../../model/reasons.js';
import { SOURCES } from '../citations.js';
import { allStatuses } from '../trace-view.js';

/**
 * R4.8: container waiting reasons come from the kubelet's vocabulary (image manager,
 * start errors, CrashLoopBackOff, ContainerCreating/PodInitializing) and terminated
 * reasons from the runtime's (containerd: Completed, Error, OOMKilled, StartError,
 * Unknown) plus the kubelet's ContainerStatusUnknown. A `should`: another runtime (CRI-O)
 * or a newer kubelet may use words not listed here; an empty terminated reason is allowed
 * (kubectl prints Signal:N / ExitCode:N then, R11).
 */
export const knownReasons: Invariant = {
  id: 'restart/known-reasons',
  title: 'Container waiting and terminated reasons are from the documented vocabulary',
  citation: { rule: 'R4.8', source: 'pkg/kubelet/images/types.go, kuberuntime_container.go; containerd internal/cri/server/helpers.go', url: SOURCES.kubeletPods },
  level: 'should',
  kind: 'safety',
  check(trace) {
    for (const snapshot of trace.snapshots) {
      for (const status of allStatuses(snapshot.status)) {
        for (const [which, state] of [['state', status.state], ['lastState', status.lastState]] as [string, ContainerState][]) {
          const waiting = state.waiting?.reason;
          const terminated = state.terminated?.reason;
          const unknown =
            waiting !== undefined && !isWaitingReason(waiting)
              ? `waiting reason "${waiting}"`
              : terminated !== undefined && terminated !== '' && !isTerminatedReason(terminated)
                ? `terminated reason "${terminated}"`
                : undefined;
          if (unknown) {
            return violation({
              at: snapshot.at,
              container: status.name,
              expected: 'a documented reason (R4.8)',
              observed: `${which} ${unknown}`,
              message: `${status.name} shows an undocumented ${unknown}`,
            });
          }
        }
      }
    }
    return PASS;
  },
};
