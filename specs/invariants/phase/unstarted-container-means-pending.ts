import { PASS, violation, type Invariant } from '../../invariant.js';
import { podContainers, type PodContainer } from '../../model/container-role.js';
import type { ContainerStatus } from '../../model/container-status.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import { SOURCES } from '../citations.js';
import { activeDeadlinePassedAt, statusOf } from '../trace-view.js';

/**
 * R1.3 D2, R1.3b, E1: getPhase answers Pending, before it looks at running containers, when a
 * regular container or sidecar has never run (Waiting with no lastState.terminated, e.g.
 * ErrImagePull, CreateContainerConfigError, ContainerCreating), when a regular init container
 * has not completed (running, or waiting without a previous exit), or when a container has no
 * status at all. The phase and the container statuses come from the same generateAPIPodStatus,
 * so the rule holds in every snapshot the kubelet wrote — unless the phase is terminal (D1, or
 * the terminal-phase guards), or the pod is past its active deadline: the eviction forces
 * Failed and mergePodStatus may then keep an older phase next to newer container statuses.
 */
export const unstartedContainerMeansPending: Invariant = {
  id: 'phase/unstarted-container-means-pending',
  title: 'A pod with a container that has not started yet, or an unfinished init container, is Pending',
  citation: { rule: 'R1.3', source: 'pkg/kubelet/kubelet_pods.go getPhase (pending before running)', url: SOURCES.kubeletPods },
  level: 'must',
  kind: 'safety',
  check(trace, scenario) {
    const containers = podContainers(scenario.pod);
    const deadline = activeDeadlinePassedAt(trace, scenario);
    for (const s of trace.snapshots) {
      if (s.status.phase === 'Pending' || isTerminalPhase(s.status.phase)) continue;
      if (deadline !== undefined && s.at >= deadline) continue;
      if (s.status.initContainerStatuses.length + s.status.containerStatuses.length === 0) continue;
      for (const c of containers) {
        const why = notStarted(c, statusOf(s.status, c.name));
        if (!why) continue;
        return violation({
          at: s.at,
          container: c.name,
          expected: `phase Pending while ${c.name} ${why}`,
          observed: `phase ${s.status.phase}`,
          message: `the pod is ${s.status.phase} although ${c.role === 'init' ? 'init container' : 'container'} ${c.name} ${why}`,
        });
      }
    }
    return PASS;
  },
};

/** Why getPhase counts this container as pending, waiting or unknown; undefined if it does not. */
function notStarted(c: PodContainer, status: ContainerStatus | undefined): string | undefined {
  if (!status) return 'has no status';
  const neverRan = status.state.waiting !== undefined && !status.lastState.terminated;
  const waitingReason = status.state.waiting?.reason ?? '';
  if (c.role === 'init') {
    if (status.state.running) return 'is still running';
    if (neverRan) return `has not run yet (Waiting ${waitingReason})`;
    return undefined;
  }
  return neverRan ? `has never run (Waiting ${waitingReason})` : undefined;
}
