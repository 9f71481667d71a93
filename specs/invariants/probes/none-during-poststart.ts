import { PASS, violation, type Invariant } from '../../invariant.js';
import { podContainers } from '../../model/container-role.js';
import { SOURCES } from '../citations.js';
import { appliedFaultEvents, attributedProbeResults, CLOCK_SLACK, containerEvents, deletionRequestedAt, formatMs, probedContainers } from '../trace-view.js';

/**
 * R3.4, R7.1: a prober worker finds its target in the status manager's pod status, and a
 * new instance enters that status only with the sync that started it — which is blocked
 * in the instance's postStart hook until the hook returns. Before that the worker can aim
 * only at the previous instance, which has exited (a probe executed in a stopped container
 * fails at the runtime and is discarded, see probes/only-running-instances). So no probe
 * is executed for a container whose only running instance is inside its postStart hook
 * (more than 1 s after the hook began and before it ended). The status half of the
 * argument is [DERIVED] in SEMANTICS (R7.1), hence a `should`. Once the pod is being
 * deleted the pod worker cancels the blocked sync (pod_workers.go UpdatePod: cancelFn) and
 * the terminating sync publishes the running instance, hook or not: not asserted then. Nor
 * after the kubelet stops while the hook runs: the new kubelet knows of no hook and publishes
 * the instance at once.
 */
export const noneDuringPoststart: Invariant = {
  id: 'probes/none-during-poststart',
  title: 'No probe runs on a container while its only running instance is in its postStart hook',
  citation: { rule: 'R3.4', source: 'pkg/kubelet/prober/worker.go doProbe (target from the status manager); kuberuntime_container.go startContainer', url: SOURCES.proberWorker },
  level: 'should',
  kind: 'safety',
  appliesTo(scenario) {
    const both = podContainers(scenario.pod).some((c) => c.role !== 'init' && c.spec.lifecycle?.postStart && (c.spec.livenessProbe || c.spec.readinessProbe || c.spec.startupProbe));
    return both ? true : { skip: 'no probed container has a postStart hook' };
  },
  check(trace, scenario) {
    const deletion = deletionRequestedAt(trace);
    // Where the kubelet stopped (an applied NodeDown or NodeReboot), by position in the trace.
    const kubeletStops = appliedFaultEvents(trace)
      .filter(({ event: e }) => e.fault.type === 'NodeDown' || e.fault.type === 'NodeReboot')
      .map((e) => e.index);
    for (const name of probedContainers(scenario)) {
      const hooks = containerEvents(trace, 'HookStarted', name).filter((h) => h.event.hook === 'postStart');
      const ends = containerEvents(trace, 'HookFinished', name).filter((h) => h.event.hook === 'postStart');
      for (const r of attributedProbeResults(trace, name)) {
        const at = r.event.at;
        if (deletion !== undefined && at >= deletion) continue;
        const candidates = r.candidates.filter((s) => s.startedAt <= at + CLOCK_SLACK && (s.exit === undefined || s.exit.at >= at - CLOCK_SLACK));
        if (candidates.length !== 1) continue;
        const span = candidates[0]!;
        const hook = hooks.find((h) => h.index > span.startIndex && (span.exitIndex === undefined || h.index < span.exitIndex));
        if (!hook) continue;
        const end = ends.find((e) => e.index > hook.index);
        const kubeletStopped = kubeletStops.find((index) => index > hook.index);
        if (kubeletStopped !== undefined && (end === undefined || kubeletStopped < end.index) && r.index > kubeletStopped) continue;
        const inHook = at > hook.event.at + CLOCK_SLACK && (end === undefined || at < end.event.at - CLOCK_SLACK);
        if (!inHook) continue;
        return violation({
          at,
          container: name,
          expected: `no probe while ${name}'s postStart runs (from ${formatMs(hook.event.at)}${end ? ` to ${formatMs(end.event.at)}` : ''}) and no other instance runs`,
          observed: `${r.event.probe} result ${r.event.result} at ${formatMs(at)}`,
          message: `${name} was probed during its postStart hook`,
        });
      }
    }
    return PASS;
  },
};
