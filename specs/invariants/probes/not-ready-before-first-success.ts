import { PASS, violation, type Invariant } from '../../invariant.js';
import type { ProbeType } from '../../model/behaviour.js';
import { SOURCES } from '../citations.js';
import {
  attributedProbeResults,
  CLOCK_SLACK,
  formatMs,
  instanceSpans,
  mayBeOf,
  podTerminationAt,
  terminalPhaseTerminationAt,
  probedContainers,
  probeParams,
  runningSpanOf,
  statusOf,
} from '../trace-view.js';

/**
 * R3.3: every new container ID starts with readiness Failure and startup Unknown — a
 * restart resets both (worker.go: the results manager is set to the worker's
 * initialValue for each new container ID). So a status may show an instance with a
 * readiness probe `ready`, or one with a startup probe `started`, only after a Success of
 * that probe on that very instance — never carried over from the previous instance.
 *
 * One exception, for `started`: once the kubelet terminates the pod — deleted, past its
 * active deadline, or finished — it stops the startup workers (R3.11; kubelet.go
 * SyncTerminatingPod → StopLivenessAndStartup), and a running container with neither a
 * startup result nor a startup worker counts as started (prober_manager.go
 * isContainerStarted). A v1.34.10 kubelet showed exactly that after an active deadline:
 * `started: true` (and `ready`, having no readiness probe) on a container never probed.
 *
 * And one for `ready`: when the kubelet terminates a pod whose phase it computed as terminal
 * (an active deadline, a finished pod — not a deletion, unless the deadline had passed when it
 * began: see terminalPhaseTerminationAt), the readiness worker exits at its next
 * tick (R3.12) and takes its result with it, so a running container with neither a readiness
 * result nor a readiness worker counts as ready (prober_manager.go UpdatePodStatus). A v1.34.10
 * kubelet past an active deadline showed `ready: true` on a container whose readiness probe had
 * only ever failed, in the status written as the kill began.
 */
export const notReadyBeforeFirstSuccess: Invariant = {
  id: 'probes/not-ready-before-first-success',
  title: 'A new instance is not ready (readiness probe) nor started (startup probe) before that probe’s first Success on it',
  citation: { rule: 'R3.3', source: 'pkg/kubelet/prober/worker.go newWorker initialValue, doProbe; prober_manager.go UpdatePodStatus', url: SOURCES.proberWorker },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    const probed = probedContainers(scenario).some((c) => probeParams(scenario, c, 'readiness') || probeParams(scenario, c, 'startup'));
    return probed ? true : { skip: 'no container has a readiness or startup probe' };
  },
  check(trace, scenario) {
    const terminatingAt = podTerminationAt(trace) ?? Infinity;
    const terminalAt = terminalPhaseTerminationAt(trace, scenario) ?? Infinity;
    for (const name of probedContainers(scenario)) {
      const gates: [ProbeType, 'ready' | 'started'][] = [];
      if (probeParams(scenario, name, 'readiness')) gates.push(['readiness', 'ready']);
      if (probeParams(scenario, name, 'startup')) gates.push(['startup', 'started']);
      if (gates.length === 0) continue;
      const spans = instanceSpans(trace, name);
      const successes = attributedProbeResults(trace, name).filter((r) => r.event.result === 'Success');
      for (const snapshot of trace.snapshots) {
        const status = statusOf(snapshot.status, name);
        const span = status ? runningSpanOf(spans, status) : undefined;
        if (!status || !span) continue;
        for (const [probe, field] of gates) {
          if (!status[field]) continue;
          if (snapshot.at >= (field === 'started' ? terminatingAt : terminalAt)) continue;
          const succeeded = successes.some((r) => r.event.probe === probe && mayBeOf(r, span) && r.event.at <= snapshot.at + CLOCK_SLACK);
          if (!succeeded) {
            return violation({
              at: snapshot.at,
              container: name,
              expected: `${field} false until a ${probe} Success of the instance started at ${formatMs(span.startedAt)}`,
              observed: `${field} true at ${formatMs(snapshot.at)} with no ${probe} Success of that instance`,
              message: `${name} showed ${field} on a new instance before its ${probe} probe succeeded`,
            });
          }
        }
      }
    }
    return PASS;
  },
};
