import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import {
  attributedProbeResults,
  CLOCK_SLACK,
  deletionRequestedAt,
  formatMs,
  instanceSpans,
  mayBeOf,
  probedContainers,
  probeParams,
  spanAtIndex,
} from '../trace-view.js';

/**
 * R3.4: until a container instance is started, only its startup probe runs. With a startup
 * probe, `started` becomes true only when the startup result for that container ID is
 * Success (prober_manager.go isContainerStarted), and the liveness and readiness workers
 * skip every tick until then (worker.go doProbe: "Disable other probes until container has
 * started"). So a liveness or readiness result of an instance needs a startup Success of the
 * same instance before it. Startup successThreshold must be 1 (R3.2), so that Success is
 * one recorded execution.
 *
 * The one way to `started` without a startup Success: once the pod has a deletionTimestamp
 * the startup worker publishes Success and stops (R3.11), and readiness keeps probing — so
 * readiness results after the deletion request are not asserted.
 */
export const startupGatesOtherProbes: Invariant = {
  id: 'probes/startup-gates-other-probes',
  title: 'No liveness or readiness result for an instance before its startup probe succeeded',
  citation: { rule: 'R3.4', source: 'pkg/kubelet/prober/worker.go doProbe; prober_manager.go isContainerStarted', url: SOURCES.proberWorker },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    const gated = probedContainers(scenario).some(
      (c) => probeParams(scenario, c, 'startup') && (probeParams(scenario, c, 'liveness') || probeParams(scenario, c, 'readiness')),
    );
    return gated ? true : { skip: 'no container has a startup probe together with a liveness or readiness probe' };
  },
  check(trace, scenario) {
    const deletedAt = deletionRequestedAt(trace);
    for (const name of probedContainers(scenario)) {
      if (!probeParams(scenario, name, 'startup')) continue;
      const spans = instanceSpans(trace, name);
      const results = attributedProbeResults(trace, name);
      const startupSuccesses = results.filter((r) => r.event.probe === 'startup' && r.event.result === 'Success');
      for (const r of results) {
        if (r.event.probe === 'startup') continue;
        if (r.event.probe === 'readiness' && deletedAt !== undefined && r.event.at >= deletedAt) continue;
        const span = spanAtIndex(spans, r.index);
        if (!span) continue;
        const started = r.candidates.some((c) => startupSuccesses.some((s) => mayBeOf(s, c) && s.event.at <= r.event.at + CLOCK_SLACK));
        if (!started) {
          return violation({
            at: r.event.at,
            container: name,
            expected: `no ${r.event.probe} probe before a startup Success of the instance started at ${formatMs(span.startedAt)}`,
            observed: `${r.event.probe} result ${r.event.result} at ${formatMs(r.event.at)}, the startup probe not yet succeeded`,
            message: `${name}: the ${r.event.probe} probe ran before the container was started`,
          });
        }
      }
    }
    return PASS;
  },
};
