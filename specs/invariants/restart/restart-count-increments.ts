import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { appliedFaults, containerNames, instanceSpans, sandboxCreations } from '../trace-view.js';

/**
 * R4.6: every new instance of a container gets the previous restartCount + 1. The exception
 * the kubelet source shows: an init container purged with its logs when the sandbox is
 * re-created starts over from the log directory (purgeInitContainers, calcRestartCountByLogDir).
 * The re-creation (or a removal) comes between the two instances in the trace's order — a node reboot can end
 * an instance started in the same millisecond — or, as a real cluster's times are good to ±1 s,
 * in time.
 */
export const restartCountIncrements: Invariant = {
  id: 'restart/restart-count-increments',
  title: 'Each new container instance has restartCount one higher than the one before',
  citation: { rule: 'R4.6', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go startContainer', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'safety',
  check(trace, scenario) {
    const sandboxes = sandboxCreations(trace);
    // A record removed behind the kubelet's back (E13) leaves the count to whatever record
    // remains: "we only promised best-effort restart count reporting" (kuberuntime_manager.go GetPodStatus).
    const removals = appliedFaults(trace, 'RemoveContainer');
    const inits = new Set((scenario.pod.spec.initContainers ?? []).map((c) => c.name));
    for (const name of containerNames(scenario)) {
      const instances = instanceSpans(trace, name);
      for (let i = 1; i < instances.length; i++) {
        const [prev, next] = [instances[i - 1]!, instances[i]!];
        const between = (t: number) => t > prev.startedAt && t <= next.startedAt;
        const purged = inits.has(name) && sandboxes.some((s) => (s.index > prev.startIndex && s.index < next.startIndex) || between(s.at));
        const removed = removals.some((r) => r.fault.container === name && ((r.index > prev.startIndex && r.index < next.startIndex) || between(r.at)));
        if (purged || removed) continue;
        if (next.restartCount !== prev.restartCount + 1) {
          return violation({
            at: next.startedAt,
            container: name,
            expected: `restartCount ${prev.restartCount + 1}`,
            observed: `restartCount ${next.restartCount}`,
            message: `${name} started again with restartCount ${next.restartCount} after instance ${prev.restartCount}`,
          });
        }
      }
    }
    return PASS;
  },
};
