import { PASS, violation, type Invariant } from '../../invariant.js';
import { podContainers } from '../../model/container-role.js';
import { SOURCES } from '../citations.js';
import { CLOCK_SLACK, containerNames, formatMs, instanceSpans, spanAtIndex, statusOf } from '../trace-view.js';
import { postStartRuns } from './poststart-window.js';

/**
 * R7.1, E15: while a postStart hook runs the pod worker is inside startContainer, so no
 * sync regenerates the pod status and the container is not reported Running until the
 * hook returns (the docs: "if the hook takes too long to run or hangs, the Container
 * cannot reach a running state"). SEMANTICS tags the status mechanism [DERIVED] — hence a
 * `should` until a real cluster confirms it. A status showing the instance running (its
 * startedAt within 1 s of the instance's start) more than 1 s into the hook and more than
 * 1 s before its end is reported.
 */
export const notRunningDuringPoststart: Invariant = {
  id: 'hooks/not-running-during-poststart',
  title: 'A container is not reported Running while its postStart hook runs',
  citation: { rule: 'R7.1', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go startContainer; kubelet.go SyncPod (status generated per sync)', url: SOURCES.hooksDoc },
  level: 'should',
  kind: 'safety',
  appliesTo(scenario) {
    return podContainers(scenario.pod).some((c) => c.spec.lifecycle?.postStart) ? true : { skip: 'no container has a postStart hook' };
  },
  check(trace, scenario) {
    for (const name of containerNames(scenario)) {
      const spans = instanceSpans(trace, name);
      for (const run of postStartRuns(trace, name)) {
        const span = spanAtIndex(spans, run.started.index);
        if (!span) continue;
        const from = run.started.event.at + CLOCK_SLACK;
        const to = run.end - CLOCK_SLACK;
        for (const s of trace.snapshots) {
          if (s.at <= from || s.at >= to) continue;
          const startedAt = statusOf(s.status, name)?.state.running?.startedAt;
          if (startedAt === undefined || Math.abs(startedAt - span.startedAt) > CLOCK_SLACK) continue;
          return violation({
            at: s.at,
            container: name,
            expected: `${name} not Running until its postStart returns (${formatMs(run.end)})`,
            observed: `state running (startedAt ${formatMs(startedAt)}) at ${formatMs(s.at)}`,
            message: `${name} was reported Running while its postStart hook ran`,
          });
        }
      }
    }
    return PASS;
  },
};
