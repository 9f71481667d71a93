import { PASS, violation, type Invariant } from '../../invariant.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import { SOURCES } from '../citations.js';
import { deletionRequestedAt, formatMs, restartPolicyOf } from '../trace-view.js';

/**
 * R2.5, E21: a node reboot loses the sandbox. computePodActions then creates a new one
 * and starts again from the first init container: a regular container is started again
 * only after init container 0 has been started in the new sandbox (the init containers'
 * records are purged, so they all run again, R2.1). Under restartPolicy Never a pod that
 * already had containers gets no new sandbox and goes terminal instead (R2.5 a): nothing
 * is started after the reboot — unless every record of it was removed behind the kubelet
 * (E13): GetPodStatus then shows no container and it starts afresh (R4.1 rule 2).
 */
export const rebootReinitializes: Invariant = {
  id: 'node/reboot-reinitializes',
  title: 'After a node reboot the pod re-runs its init containers before its app containers — or, under Never, starts nothing',
  citation: { rule: 'R2.5', source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions, podSandboxChanged, purgeInitContainers', url: SOURCES.runtimeManager },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return scenario.faults.some((f) => f.type === 'NodeReboot') ? true : { skip: 'the node never reboots' };
  },
  check(trace, scenario) {
    const deletedAt = deletionRequestedAt(trace) ?? Infinity;
    const terminalAt = trace.snapshots.find((s) => isTerminalPhase(s.status.phase))?.at ?? Infinity;
    const firstInit = scenario.pod.spec.initContainers?.[0]?.name;
    const regular = new Set(scenario.pod.spec.containers.map((c) => c.name));
    for (let i = 0; i < trace.events.length; i++) {
      const reboot = trace.events[i]!;
      if (reboot.type !== 'FaultInjected' || reboot.outcome !== 'applied' || reboot.fault.type !== 'NodeReboot') continue;
      if (deletedAt <= reboot.at || terminalAt <= reboot.at) continue;
      // R2.5 a holds only while the runtime still has a record of the pod: an applied RemoveContainer
      // takes one running record away, so each container keeps one while it started more often than
      // it was removed (container GC keeps its newest exited record).
      const started = new Map<string, number>();
      for (const e of trace.events.slice(0, i)) {
        if (e.type === 'ContainerStarted') started.set(e.container, (started.get(e.container) ?? 0) + 1);
        if (e.type === 'FaultInjected' && e.outcome === 'applied' && e.fault.type === 'RemoveContainer') started.set(e.fault.container, (started.get(e.fault.container) ?? 0) - 1);
      }
      const before = [...started.values()].some((n) => n > 0);
      const nextReboot = trace.events.findIndex((e, j) => j > i && e.type === 'FaultInjected' && e.outcome === 'applied' && e.fault.type === 'NodeReboot');
      const after = trace.events.slice(i + 1, nextReboot < 0 ? undefined : nextReboot);
      if (restartPolicyOf(scenario) === 'Never' && before) {
        const start = after.find((e) => e.type === 'ContainerStarted');
        if (start && start.type === 'ContainerStarted') {
          return violation({
            at: start.at,
            container: start.container,
            expected: `nothing started after the reboot at ${formatMs(reboot.at)} under restartPolicy Never (the pod goes terminal)`,
            observed: `${start.container} started at ${formatMs(start.at)}`,
            message: 'a pod with restartPolicy Never was restarted after a node reboot',
          });
        }
        continue;
      }
      if (firstInit === undefined) continue;
      const appStart = after.findIndex((e) => e.type === 'ContainerStarted' && regular.has(e.container));
      if (appStart < 0) continue;
      const initFirst = after.slice(0, appStart).some((e) => e.type === 'ContainerStarted' && e.container === firstInit);
      if (!initFirst) {
        const e = after[appStart]!;
        return violation({
          at: e.at,
          ...('container' in e ? { container: e.container } : {}),
          expected: `init container ${firstInit} started again after the reboot at ${formatMs(reboot.at)} before any app container`,
          observed: `${'container' in e ? e.container : 'a container'} started at ${formatMs(e.at)} first`,
          message: 'the pod skipped its init containers after the node rebooted',
        });
      }
    }
    return PASS;
  },
};
