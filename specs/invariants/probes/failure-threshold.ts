import { PASS, violation, type Invariant } from '../../invariant.js';
import type { ProbeType } from '../../model/behaviour.js';
import { SOURCES } from '../citations.js';
import {
  CLOCK_SLACK,
  containerEvents,
  failureCrossings,
  formatMs,
  instanceSpans,
  probedContainers,
  probeParams,
  spanAtIndex,
} from '../trace-view.js';

const KILLING_PROBES = [
  ['LivenessProbe', 'liveness'],
  ['StartupProbe', 'startup'],
] as const satisfies readonly (readonly [string, ProbeType])[];

/**
 * R3.6: a liveness or startup result is published only after failureThreshold consecutive
 * failures, and only a published Failure makes computePodActions kill the container
 * (R3.7, R3.8). So each kill for LivenessProbe/StartupProbe must follow a crossing of the
 * threshold, on the instance being killed, that no earlier kill used up.
 *
 * Which failures count: the legacy prober worker (1.33–1.35) does not reset its run when
 * a new container ID appears, so failures of an instance that exited on its own carry
 * over to its successor (worker.go doProbe); the newest worker starts over per instance.
 * Counting across instances accepts both and still rejects any kill that comes before
 * the threshold.
 */
export const failureThreshold: Invariant = {
  id: 'probes/failure-threshold',
  title: 'No liveness/startup kill before failureThreshold consecutive failures of that probe',
  citation: { rule: 'R3.6', source: 'pkg/kubelet/prober/worker.go doProbe (resultRun, FailureThreshold)', url: SOURCES.proberWorker },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    const probed = probedContainers(scenario).some((c) => probeParams(scenario, c, 'liveness') || probeParams(scenario, c, 'startup'));
    return probed ? true : { skip: 'no container has a liveness or startup probe' };
  },
  check(trace, scenario) {
    for (const name of probedContainers(scenario)) {
      const spans = instanceSpans(trace, name);
      const kills = containerEvents(trace, 'ContainerKilling', name);
      for (const [reason, probe] of KILLING_PROBES) {
        const params = probeParams(scenario, name, probe);
        const crossings = params ? failureCrossings(trace, name, probe, params.failureThreshold, false) : [];
        const used = new Set<number>();
        for (const kill of kills.filter((k) => k.event.reason === reason)) {
          const span = spanAtIndex(spans, kill.index);
          const crossing = crossings.find(
            (c) => !used.has(c.index) && c.candidates.some((s) => s.ordinal === span?.ordinal) && (c.index < kill.index || c.at <= kill.event.at + CLOCK_SLACK),
          );
          if (crossing) {
            used.add(crossing.index);
            continue;
          }
          const recent = containerEvents(trace, 'ProbeResult', name)
            .filter((r) => r.event.probe === probe && r.index < kill.index && span !== undefined && r.index > span.startIndex)
            .map((r) => r.event.result[0])
            .join('');
          return violation({
            at: kill.event.at,
            container: name,
            expected: params
              ? `${params.failureThreshold} consecutive ${probe} failures before a ${reason} kill`
              : `no ${reason} kill: the container has no ${probe} probe`,
            observed: `killed at ${formatMs(kill.event.at)} after ${probe} results [${recent}] of the instance`,
            message: `${name} was killed for its ${probe} probe before the failure threshold`,
          });
        }
      }
    }
    return PASS;
  },
};
