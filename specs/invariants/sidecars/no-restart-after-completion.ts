import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import type { Scenario } from '../../model/scenario.js';
import type { Millis } from '../../model/time.js';
import type { Trace } from '../../model/trace.js';
import { busyUntil, CLOCK_SLACK, formatMs, instanceSpans, kubeletDown, kubeletRestarts, namesOfRole, overlaps, podFinishedAt, podWorkerBusy, startedEvidence } from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 0,
  late: 2000,
  why: 'a sync that listed the runtime just before the last regular container exited may still start a sidecar it found exited; the next sync (PLEG relists every 1 s) kills the pod instead',
};

/**
 * R2.12: when no regular container is running and none will be restarted (keepCount == 0 and
 * nothing to start), computePodActions kills the whole pod, sidecars included, and clears
 * InitContainersToStart "to prevent the restartable init containers to keep pod alive"; the
 * same holds after a regular init container failed under Never (R2.3). One thing comes first,
 * which R2.12 does not say: computePodActions only gets that far when computeInitContainerActions
 * reports the pod initialized, and with every regular container exited that needs the last init
 * container to be a completed regular one or a running, started sidecar. If the last init
 * container is a sidecar that is down when the pod finishes, the kubelet re-initializes first —
 * it restarts the exited sidecars (after their back-off) — and kills the pod in the first sync
 * that finds the last sidecar started. From then on no sidecar starts, except in a sync already
 * under way (a pod worker busy in a postStart hook or a kill) and within the tolerance. Not
 * judged when the kubelet was down or restarted meanwhile: it decides from what it then finds.
 */
export const noRestartAfterCompletion: Invariant = {
  id: 'sidecars/no-restart-after-completion',
  title: 'Once the regular containers are done for good, sidecars are not started again',
  citation: { rule: 'R2.12', source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions (keepCount == 0 → KillPod, no init containers to start)', url: SOURCES.runtimeManager },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(scenario) {
    return namesOfRole(scenario, 'sidecar').length > 0 ? true : { skip: 'the pod has no sidecar' };
  },
  check(trace, scenario) {
    const finished = podFinishedAt(trace, scenario);
    if (finished === undefined) return PASS;
    const killedFrom = initializedAgainAt(trace, scenario, finished);
    if (killedFrom === undefined) return PASS;
    // A kubelet that was down or restarted in between decides afresh from what it finds running.
    if (overlaps(kubeletDown(trace), finished, killedFrom + TOLERANCE.late) || kubeletRestarts(trace).some((t) => t >= finished && t <= killedFrom + TOLERANCE.late)) return PASS;
    const allowedUntil = busyUntil(podWorkerBusy(trace), killedFrom) + TOLERANCE.late;
    const sidecars = new Set(namesOfRole(scenario, 'sidecar'));
    const start = trace.events.find((e) => e.type === 'ContainerStarted' && sidecars.has(e.container) && e.at > allowedUntil);
    if (!start || start.type !== 'ContainerStarted') return PASS;
    return violation({
      at: start.at,
      container: start.container,
      expected: `no sidecar starts once the pod finished (${formatMs(finished)}) and its last init container was done or started (${formatMs(killedFrom)}), allowing a sync under way until ${formatMs(allowedUntil)}`,
      observed: `${start.container} started`,
      message: `sidecar ${start.container} was restarted after the pod's regular containers were done`,
    });
  },
};

/**
 * The first moment from `finished` on at which computeInitContainerActions sees the pod
 * initialized: at once unless the last init container is a sidecar; then when an instance of it
 * is running and started. Undefined if that never happens in the trace.
 */
function initializedAgainAt(trace: Trace, scenario: Scenario, finished: Millis): Millis | undefined {
  const last = (scenario.pod.spec.initContainers ?? []).at(-1);
  if (!last || last.restartPolicy !== 'Always') return finished;
  for (const span of instanceSpans(trace, last.name)) {
    // one that exits as the pod finishes (or within the clock slack after) may be down when the kubelet decides
    if (span.exit && span.exit.at <= finished + CLOCK_SLACK) continue;
    const started = startedEvidence(trace, scenario, span);
    if (started) return Math.max(started.at, finished);
  }
  return undefined;
}
