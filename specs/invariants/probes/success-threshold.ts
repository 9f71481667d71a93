import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import {
  attributedProbeResults,
  CLOCK_SLACK,
  formatMs,
  instanceSpans,
  mayBeOf,
  probedContainers,
  probeParams,
  runningSpanOf,
  statusOf,
  terminalPhaseTerminationAt,
} from '../trace-view.js';

/**
 * R3.6: readiness Success is published only after successThreshold consecutive successes,
 * and `ready` follows the published result (R3.5). Each new instance starts Failure (R3.3),
 * and a Failure published after failureThreshold failures takes readiness back, so when a
 * status shows an instance turning ready there must be, after the last published Failure
 * of that instance, a result of that instance that ends a run of successThreshold
 * successes.
 *
 * The run is counted across instances: the legacy prober worker (1.33–1.35) keeps
 * lastResult/resultRun when a new container ID appears (worker.go doProbe), so successes
 * of the previous instance count toward the new one; the newest worker starts over. The
 * result that completes the run must belong to the instance itself — the new ID starts at
 * Failure and only a probe of it publishes Success.
 *
 * Except once the kubelet terminates a pod whose phase it computed as terminal (an active
 * deadline, a finished pod — not a deletion, unless the deadline had passed when it began: see
 * terminalPhaseTerminationAt): the readiness worker then exits with its result
 * (R3.12, worker.go doProbe), and a container with no readiness result and no worker counts as
 * ready (prober_manager.go UpdatePodStatus) — as a v1.34.10 kubelet showed past an active
 * deadline, on a container whose probe had only failed.
 */
export const successThreshold: Invariant = {
  id: 'probes/success-threshold',
  title: 'A container turns ready only after successThreshold consecutive readiness successes',
  citation: { rule: 'R3.6', source: 'pkg/kubelet/prober/worker.go doProbe (SuccessThreshold); prober_manager.go UpdatePodStatus', url: SOURCES.proberWorker },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return probedContainers(scenario).some((c) => probeParams(scenario, c, 'readiness')) ? true : { skip: 'no container has a readiness probe' };
  },
  check(trace, scenario) {
    const terminalAt = terminalPhaseTerminationAt(trace, scenario) ?? Infinity;
    for (const name of probedContainers(scenario)) {
      const params = probeParams(scenario, name, 'readiness');
      if (!params) continue;
      const spans = instanceSpans(trace, name);
      const results = attributedProbeResults(trace, name).filter((r) => r.event.probe === 'readiness');
      let wasReady: number | undefined; // the ordinal of the instance last seen ready
      for (const snapshot of trace.snapshots) {
        const status = statusOf(snapshot.status, name);
        const span = status ? runningSpanOf(spans, status) : undefined;
        if (!status?.ready || !span) {
          wasReady = undefined;
          continue;
        }
        if (wasReady === span.ordinal || snapshot.at >= terminalAt) continue;
        wasReady = span.ordinal;
        // Replay the results up to this snapshot: successes run across instances, failures
        // published on this instance reset the requirement.
        let successRun = 0;
        let failureRun = 0;
        let satisfied = false;
        const seen: string[] = [];
        for (const r of results) {
          if (r.event.at > snapshot.at + CLOCK_SLACK) break;
          const own = mayBeOf(r, span);
          if (own) seen.push(r.event.result[0]!);
          if (r.event.result === 'Success') {
            successRun++;
            failureRun = 0;
            if (own && successRun >= params.successThreshold) satisfied = true;
          } else {
            failureRun++;
            successRun = 0;
            // A failure in the snapshot's own millisecond may have come after it (events and snapshots are
            // ordered apart): only one before it takes the readiness away.
            if (own && failureRun >= params.failureThreshold && r.event.at < snapshot.at) satisfied = false;
          }
        }
        if (!satisfied) {
          return violation({
            at: snapshot.at,
            container: name,
            expected: `${params.successThreshold} consecutive readiness successes, the last on the instance started at ${formatMs(span.startedAt)}, before it is ready`,
            observed: `ready at ${formatMs(snapshot.at)} after readiness results [${seen.join('')}] of the instance`,
            message: `${name} became ready before its readiness probe met successThreshold`,
          });
        }
      }
    }
    return PASS;
  },
};
