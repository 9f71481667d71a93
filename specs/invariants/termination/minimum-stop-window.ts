import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { containerEvents, containerNames, formatMs, instanceSpans, spanAtIndex } from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 1000,
  late: 0,
  why: 'a bound from below only; recorded signal times are good to ±1 s (SIGKILL cannot be trapped: a cluster backend dates it by the exit), so 1 s of the 2 s may be lost',
};

/**
 * R5.3 step 4–5: after the preStop and the sidecar's turn, killContainer raises the grace
 * left to at least minimumGracePeriodInSeconds (2 s) and asks the runtime to stop the
 * container with that timeout — the stop signal first, SIGKILL only after the timeout.
 * So a SIGKILL comes at least 2 s after the first SIGTERM of that instance, and never
 * without one (E14: even a preStop that used up the grace leaves 2 s; R5.9: so does a
 * force delete).
 */
export const minimumStopWindow: Invariant = {
  id: 'termination/minimum-stop-window',
  title: 'SIGKILL comes at least 2 s after the instance’s SIGTERM',
  citation: { rule: 'R5.3', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer (minimumGracePeriodInSeconds)', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  check(trace, scenario) {
    const minimum = trace.options.minimumGracePeriod;
    for (const name of containerNames(scenario)) {
      const spans = instanceSpans(trace, name);
      const signals = containerEvents(trace, 'SignalSent', name);
      for (const kill of signals.filter((s) => s.event.signal === 'SIGKILL')) {
        const span = spanAtIndex(spans, kill.index);
        const term = signals.find((s) => s.event.signal === 'SIGTERM' && span !== undefined && s.index > span.startIndex && s.index < kill.index);
        if (!term) {
          return violation({
            at: kill.event.at,
            container: name,
            expected: 'SIGTERM before SIGKILL',
            observed: `SIGKILL at ${formatMs(kill.event.at)} without a SIGTERM to that instance`,
            message: `${name} was SIGKILLed without being asked to stop`,
          });
        }
        if (kill.event.at < term.event.at + minimum - TOLERANCE.early) {
          return violation({
            at: kill.event.at,
            container: name,
            expected: `SIGKILL no earlier than ${formatMs(term.event.at + minimum)} (SIGTERM at ${formatMs(term.event.at)} + ${formatMs(minimum)})`,
            observed: `SIGKILL at ${formatMs(kill.event.at)}`,
            message: `${name} got less than the minimum stop window`,
          });
        }
      }
    }
    return PASS;
  },
};
