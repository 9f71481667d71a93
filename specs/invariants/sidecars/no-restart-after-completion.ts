import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import type { Scenario } from '../../model/scenario.js';
import type { Millis } from '../../model/time.js';
import type { Trace } from '../../model/trace.js';
import {
  busyUntil,
  CLOCK_SLACK,
  eventsOfType,
  formatMs,
  instanceSpans,
  kubeletDown,
  kubeletRestarts,
  namesOfRole,
  podFinishedAt,
  podWorkerBusy,
  startedEvidence,
  type Interval,
} from '../trace-view.js';

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
 * that finds the last sidecar started — after any kill or postStart hook the pod worker is busy
 * with, and only if the sidecar is still up by then. From then on no sidecar starts, beyond the
 * tolerance. Once the
 * kubelet goes down or restarts nothing more is judged: it decides afresh from what it finds.
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
    const busy = podWorkerBusy(trace);
    const killedFrom = killDecidedAt(trace, scenario, finished, busy);
    if (killedFrom === undefined) return PASS;
    // A kubelet that goes down or restarts decides afresh from what it then finds running (the
    // last sidecar may be down by then): starts from that moment on are not judged.
    const judgedUntil = Math.min(
      ...kubeletDown(trace).filter((d) => d.to >= finished).map((d) => d.from),
      ...kubeletRestarts(trace).filter((t) => t >= finished),
      Infinity,
    );
    if (judgedUntil <= killedFrom + TOLERANCE.late) return PASS;
    const allowedUntil = killedFrom + TOLERANCE.late;
    const sidecars = new Set(namesOfRole(scenario, 'sidecar'));
    const start = eventsOfType(trace, 'ContainerStarted').find((e) => sidecars.has(e.container) && e.at > allowedUntil && e.at < judgedUntil);
    if (!start || start.type !== 'ContainerStarted') return PASS;
    return violation({
      at: start.at,
      container: start.container,
      expected: `no sidecar starts once the pod finished (${formatMs(finished)}) and a sync could see its last init container done or started (${formatMs(killedFrom)}); allowed until ${formatMs(allowedUntil)}`,
      observed: `${start.container} started`,
      message: `sidecar ${start.container} was restarted after the pod's regular containers were done`,
    });
  },
};

/**
 * The first sync from `finished` on that can see the pod initialized and kill it: at once unless
 * the last init container is a sidecar; then the first moment a running instance of it is
 * started and the pod worker is free (not inside a kill or a postStart hook) — if the sidecar
 * went down again before that, the re-initialization goes on. Undefined if that never happens.
 */
function killDecidedAt(trace: Trace, scenario: Scenario, finished: Millis, busy: readonly Interval[]): Millis | undefined {
  const last = (scenario.pod.spec.initContainers ?? []).at(-1);
  if (!last || last.restartPolicy !== 'Always') return busyUntil(busy, finished);
  let from = finished;
  for (const span of instanceSpans(trace, last.name)) {
    // one that exits by `from` (or within the clock slack after) may be down when the kubelet decides
    if (span.exit && span.exit.at <= from + CLOCK_SLACK) continue;
    const started = startedEvidence(trace, scenario, span);
    if (!started) continue;
    const decided = busyUntil(busy, Math.max(started.at, from));
    if (span.exit && span.exit.at <= decided + CLOCK_SLACK) {
      from = span.exit.at;
      continue;
    }
    return decided;
  }
  return undefined;
}
