import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { CLOCK_SLACK, containerNames, formatMs, instanceSpans, terminalPhaseAt } from '../trace-view.js';

/**
 * R1.6, R5.8, E8: the status manager publishes a terminal phase only once the pod worker
 * has finished terminating the pod — while the pod could still have running containers,
 * mergePodStatus keeps the previous phase. So when the API first shows Succeeded or
 * Failed, every container instance that was started has exited (sidecars included),
 * allowing ±1 s between the recorded exit and the snapshot.
 */
export const terminalAfterContainersStopped: Invariant = {
  id: 'termination/terminal-after-containers-stopped',
  title: 'The terminal phase is written no earlier than the last container exit',
  citation: { rule: 'R1.6', source: 'pkg/kubelet/status/status_manager.go mergePodStatus, updateStatusInternal (couldHaveRunningContainers)', url: SOURCES.statusManager },
  level: 'must',
  kind: 'safety',
  appliesTo(_scenario, trace) {
    return terminalPhaseAt(trace) !== undefined ? true : { skip: 'the pod did not reach a terminal phase' };
  },
  check(trace, scenario) {
    const terminalAt = terminalPhaseAt(trace);
    if (terminalAt === undefined) return PASS;
    for (const name of containerNames(scenario)) {
      for (const span of instanceSpans(trace, name)) {
        if (span.startedAt > terminalAt) continue;
        if (span.exit && span.exit.at <= terminalAt + CLOCK_SLACK) continue;
        return violation({
          at: terminalAt,
          container: name,
          expected: 'every started container exited before the terminal phase is shown',
          observed: span.exit
            ? `terminal phase at ${formatMs(terminalAt)}, ${name} exited only at ${formatMs(span.exit.at)}`
            : `terminal phase at ${formatMs(terminalAt)} while ${name} (started at ${formatMs(span.startedAt)}) never exited`,
          message: `the pod was shown terminal while ${name} still ran`,
        });
      }
    }
    return PASS;
  },
};
