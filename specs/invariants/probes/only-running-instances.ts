import { PASS, violation, type Invariant } from '../../invariant.js';
import { PROBE_TYPES } from '../../model/behaviour.js';
import { SOURCES } from '../citations.js';
import { CLOCK_SLACK, containerEvents, formatMs, instanceSpans, probedContainers, probeParams } from '../trace-view.js';

/**
 * R3.4: probes run only while the container is running. The worker picks its target from
 * the status manager, which can lag behind the runtime (the pod worker may be busy, e.g.
 * in the next instance's postStart), so it may aim at an instance that has already
 * exited — but a probe executed in a stopped container fails at the runtime (ExecSync on a
 * container that is not running returns an error) and the worker throws an errored result
 * away (worker.go doProbe: "Prober error, throw away the result"). So no probe execution
 * is recorded for a container while none of its instances runs (±1 s).
 */
export const onlyRunningInstances: Invariant = {
  id: 'probes/only-running-instances',
  title: 'Probe results are recorded only while an instance of the container is running',
  citation: { rule: 'R3.4', source: 'pkg/kubelet/prober/worker.go doProbe; prober.go runProbe (exec errors are discarded)', url: SOURCES.proberWorker },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return probedContainers(scenario).some((c) => PROBE_TYPES.some((p) => probeParams(scenario, c, p))) ? true : { skip: 'no container has a probe' };
  },
  check(trace, scenario) {
    for (const name of probedContainers(scenario)) {
      const spans = instanceSpans(trace, name);
      for (const r of containerEvents(trace, 'ProbeResult', name)) {
        const at = r.event.at;
        const running = spans.some((s) => s.startedAt <= at + CLOCK_SLACK && (s.exit === undefined || s.exit.at >= at - CLOCK_SLACK));
        if (running) continue;
        const last = [...spans].reverse().find((s) => s.startedAt <= at);
        return violation({
          at,
          container: name,
          expected: `${r.event.probe} probes only while an instance of ${name} runs`,
          observed: `${r.event.probe} result ${r.event.result} at ${formatMs(at)}, ${last?.exit ? `the last instance exited at ${formatMs(last.exit.at)}` : 'no instance had started'}`,
          message: `${name}: a probe was executed while the container was not running`,
        });
      }
    }
    return PASS;
  },
};
