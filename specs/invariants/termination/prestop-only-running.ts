import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { CLOCK_SLACK, containerEvents, containerNames, eventsOfType, formatMs, instanceSpans, spanAtIndex } from '../trace-view.js';

/**
 * R5.5: termination kills only the containers the runtime shows running
 * (killPodWithSyncResult over ConvertPodStatusToRunningPod), and killContainer runs the
 * preStop only for them; the docs: "A call to the preStop hook fails if the container is
 * already in terminated or completed state". So a preStop starts only while an instance
 * of its container runs — allowing 1 s for an exit racing the kill and for recorded times.
 */
export const prestopOnlyRunning: Invariant = {
  id: 'termination/prestop-only-running',
  title: 'A preStop hook runs only for a running container',
  citation: { rule: 'R5.5', source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go killPodWithSyncResult; container/helpers.go ConvertPodStatusToRunningPod', url: SOURCES.runtimeManager },
  level: 'must',
  kind: 'safety',
  appliesTo(_scenario, trace) {
    return eventsOfType(trace, 'HookStarted').some((e) => e.hook === 'preStop') ? true : { skip: 'no preStop hook ran' };
  },
  check(trace, scenario) {
    for (const name of containerNames(scenario)) {
      const spans = instanceSpans(trace, name);
      for (const hook of containerEvents(trace, 'HookStarted', name).filter((h) => h.event.hook === 'preStop')) {
        const span = spanAtIndex(spans, hook.index);
        const exitedBefore = span?.exit !== undefined && span.exitIndex! < hook.index && span.exit.at < hook.event.at - CLOCK_SLACK;
        if (span && !exitedBefore) continue;
        return violation({
          at: hook.event.at,
          container: name,
          expected: 'preStop only while the container runs',
          observed: span ? `preStop started at ${formatMs(hook.event.at)}, the instance exited at ${formatMs(span.exit!.at)}` : `preStop started at ${formatMs(hook.event.at)} before any instance ran`,
          message: `${name} got a preStop hook while not running`,
        });
      }
    }
    return PASS;
  },
};
