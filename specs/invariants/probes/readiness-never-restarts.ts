import { PASS, violation, type Invariant } from '../../invariant.js';
import type { ProbeType } from '../../model/behaviour.js';
import type { Millis } from '../../model/time.js';
import type { KillReason } from '../../model/trace-event.js';
import { SOURCES } from '../citations.js';
import {
  appliedFaults,
  attributedProbeResults,
  containerEvents,
  containerNames,
  formatMs,
  instanceSpans,
  mayBelongTo,
  mayBeOf,
  probeParams,
  spanAtIndex,
  type AttributedProbeResult,
} from '../trace-view.js';

/** The kill reasons that name a cause of one container, and the probe behind each. */
const PROBE_OF: Partial<Record<KillReason, ProbeType>> = { LivenessProbe: 'liveness', StartupProbe: 'startup' };

/**
 * R3.9: a readiness failure only makes the container unready; it never kills or restarts
 * it. computePodActions kills a running container only for a changed spec, a liveness or
 * startup result of Failure, or because the pod is being killed (termination, a new
 * sandbox, nothing left to run); startContainer kills one whose postStart failed (R7.2).
 * So every kill of a single container must show its cause in the trace: a Failure result
 * of that probe on that instance, an applied image update, a failed postStart of that
 * instance. Pod-wide kills (PodTermination, NoContainerToKeep, SandboxChanged,
 * InitContainerFailed) are not about one container and are not asserted here.
 */
export const readinessNeverRestarts: Invariant = {
  id: 'probes/readiness-never-restarts',
  title: 'A container is killed only for a liveness/startup failure, a spec change, a failed postStart or pod termination — never for readiness',
  citation: { rule: 'R3.9', source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions; kuberuntime_container.go startContainer', url: SOURCES.runtimeManager },
  level: 'must',
  kind: 'safety',
  check(trace, scenario) {
    const imageUpdates = appliedFaults(trace, 'UpdateImage');
    for (const name of containerNames(scenario)) {
      const spans = instanceSpans(trace, name);
      const results = attributedProbeResults(trace, name);
      const hooks = containerEvents(trace, 'HookFinished', name);
      for (const kill of containerEvents(trace, 'ContainerKilling', name)) {
        const span = spanAtIndex(spans, kill.index);
        const beforeKill = (index: number, at: Millis) => index < kill.index || at <= kill.event.at;
        const before = (index: number, at: Millis) => span !== undefined && mayBelongTo(spans, span, index, at) && beforeKill(index, at);
        const resultBefore = (r: AttributedProbeResult) => span !== undefined && mayBeOf(r, span) && beforeKill(r.index, r.event.at);
        const reason = kill.event.reason;
        let cause: boolean;
        let missing: string;
        const probe = PROBE_OF[reason];
        if (probe) {
          cause = probeParams(scenario, name, probe) !== undefined && results.some((r) => r.event.probe === probe && r.event.result === 'Failure' && resultBefore(r));
          missing = `a ${probe} probe Failure of the instance before the kill`;
        } else if (reason === 'SpecChanged') {
          cause = imageUpdates.some((u) => u.fault.container === name && u.at <= kill.event.at);
          missing = 'an applied image update of the container before the kill';
        } else if (reason === 'PostStartHookFailed') {
          cause = hooks.some((h) => h.event.hook === 'postStart' && h.event.result !== 'Success' && before(h.index, h.event.at));
          missing = 'a failed postStart of the instance before the kill';
        } else {
          continue;
        }
        if (!cause) {
          const readinessFailed = results.some((r) => r.event.probe === 'readiness' && r.event.result === 'Failure' && resultBefore(r));
          return violation({
            at: kill.event.at,
            container: name,
            expected: missing,
            observed: `killed (${reason}) at ${formatMs(kill.event.at)} without it${readinessFailed ? ', after readiness failures' : ''}`,
            message: `${name} was killed for ${reason} with no such cause in the trace${readinessFailed ? ' — readiness failures must never kill' : ''}`,
          });
        }
      }
    }
    return PASS;
  },
};
