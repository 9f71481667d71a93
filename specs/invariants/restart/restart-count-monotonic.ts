import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { allStatuses, appliedFaults, formatMs, sandboxCreations } from '../trace-view.js';

/**
 * R4.6: a container's restartCount never decreases — each new instance takes the newest
 * record's count + 1, and a count recovered from the log directory continues it. The
 * exception the kubelet source shows: when a new sandbox is created the init containers'
 * records are purged (computePodActions → purgeInitContainers) and their count is then
 * recovered from the log directory, best effort (calcRestartCountByLogDir), which can
 * come out lower — so init containers and sidecars are followed afresh after each new
 * sandbox (see also restart/restart-count-increments). Likewise when a container's newest
 * record is removed from the runtime behind the kubelet's back (a RemoveContainer fault):
 * the status is then built from the newest record that remains
 * (convertToAPIContainerStatuses) and the next instance counts from it (startContainer:
 * newest record's count + 1), so the count can step back.
 */
export const restartCountMonotonic: Invariant = {
  id: 'restart/restart-count-monotonic',
  title: 'A container’s restartCount never decreases',
  citation: { rule: 'R4.6', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go startContainer, calcRestartCountByLogDir; kubelet_pods.go convertToAPIContainerStatuses', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'safety',
  check(trace, scenario) {
    const inits = new Set((scenario.pod.spec.initContainers ?? []).map((c) => c.name));
    const sandboxes = sandboxCreations(trace);
    const removals = appliedFaults(trace, 'RemoveContainer');
    // The highest count seen, and when it was first shown: a purge or removal after that may lower it.
    const highest = new Map<string, { count: number; at: number }>();
    for (const snapshot of trace.snapshots) {
      for (const status of allStatuses(snapshot.status)) {
        const seen = highest.get(status.name);
        const purged =
          seen !== undefined &&
          ((inits.has(status.name) && sandboxes.some((s) => s.at >= seen.at && s.at <= snapshot.at)) ||
            removals.some((r) => r.fault.container === status.name && r.at >= seen.at && r.at <= snapshot.at));
        if (seen && status.restartCount < seen.count && !purged) {
          return violation({
            at: snapshot.at,
            container: status.name,
            expected: `restartCount at least ${seen.count} (shown at ${formatMs(seen.at)})`,
            observed: `restartCount ${status.restartCount}`,
            message: `${status.name}'s restartCount went down from ${seen.count} to ${status.restartCount}`,
          });
        }
        if (!seen || status.restartCount !== seen.count) highest.set(status.name, { count: status.restartCount, at: snapshot.at });
      }
    }
    return PASS;
  },
};
