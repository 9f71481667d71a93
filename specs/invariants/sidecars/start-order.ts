import { PASS, violation, type Invariant } from '../../invariant.js';
import { findPodContainer } from '../../model/container-role.js';
import type { Scenario } from '../../model/scenario.js';
import type { Trace } from '../../model/trace.js';
import { SOURCES } from '../citations.js';
import { CLOCK_SLACK, formatMs, hasActiveRegularContainer, hasActiveRegularContainerAtIndex, instanceSpans, namesOfRole, podWorkerBusy, sandboxEpochAt, startedEvidence, type Interval } from '../trace-view.js';

/**
 * R2.7: computeInitContainerActions walks the init containers from the last one back; it starts
 * init container i+1 for the first time only when sidecar i is running and initialized — its
 * startup probe (if any) answered Success (`startupManager.Get`), and, since startContainer runs
 * postStart synchronously, its postStart hook returned — and the regular containers only once
 * the last init container, if it is a sidecar, is. A liveness probe is not waited for. Only the
 * first start of the successor in a sandbox is ordered: restarts of a later init container or
 * sidecar, and regular containers once the pod has initialized, do not wait (R2.11). "Started"
 * is read from the trace's events (the start, ProbeResult startup Success, HookFinished
 * postStart), because the API's `started` flag is written asynchronously and may show up after
 * the kubelet has already acted on the probe result. A start is judged against the state when
 * it was decided: the sync that finds the sidecar started may first kill containers (the
 * sidecar itself, for a changed spec or a failed liveness probe, after marking the pod
 * initialized) and run postStart hooks, and only then start the next container.
 */
export const startOrder: Invariant = {
  id: 'sidecars/start-order',
  title: 'The container after a sidecar first starts only once the sidecar is started',
  citation: { rule: 'R2.7', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go computeInitContainerActions, startContainer', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return namesOfRole(scenario, 'sidecar').length > 0 ? true : { skip: 'the pod has no sidecar' };
  },
  check(trace, scenario) {
    const inits = scenario.pod.spec.initContainers ?? [];
    const regular = new Set(namesOfRole(scenario, 'regular'));
    const firstStartsIn = new Set<string>(); // `${epoch}/${name}` seen
    const busy = podWorkerBusy(trace);
    for (const [index, e] of trace.events.entries()) {
      if (e.type !== 'ContainerStarted') continue;
      const epoch = sandboxEpochAt(trace, e.at);
      const key = `${epoch}/${regular.has(e.container) ? '(regular)' : e.container}`;
      const first = !firstStartsIn.has(key);
      firstStartsIn.add(key);
      const decidedFrom = decisionFrom(busy, e.at);
      let sidecar: string | undefined;
      if (regular.has(e.container)) {
        // Any start while no regular container has a record in this sandbox: (re-)initialization.
        const initialized = hasActiveRegularContainerAtIndex(trace, scenario, index) || (decidedFrom < e.at && hasActiveRegularContainer(trace, scenario, decidedFrom));
        if (!first && initialized) continue;
        const last = inits.at(-1);
        if (last?.restartPolicy === 'Always') sidecar = last.name;
      } else {
        const i = inits.findIndex((c) => c.name === e.container);
        if (i <= 0 || !first) continue;
        if (inits[i - 1]!.restartPolicy === 'Always') sidecar = inits[i - 1]!.name;
      }
      if (!sidecar) continue;
      const why = notStarted(trace, scenario, sidecar, index, e.at, decidedFrom);
      if (!why) continue;
      return violation({
        at: e.at,
        container: e.container,
        expected: `${e.container} starts only once sidecar ${sidecar} is started`,
        observed: `sidecar ${sidecar} ${why}`,
        message: `${e.container} started before sidecar ${sidecar} was started`,
      });
    }
    return PASS;
  },
};

/**
 * The earliest moment the start at `at` may have been decided: SyncPod decides at its beginning
 * and may then be held up killing containers (up to their grace periods) or running postStart
 * hooks before it gets to the start — the start of the chain of busy intervals that reaches `at`.
 */
function decisionFrom(busy: readonly Interval[], at: number): number {
  let from = at;
  for (let grew = true; grew; ) {
    grew = false;
    for (const b of busy) {
      if (b.from < from && b.to >= from) {
        from = b.from;
        grew = true;
      }
    }
  }
  return from;
}

/**
 * Why the sidecar was not started when the kubelet decided to start the container at event
 * position `index` (time `at`); undefined if it was. In the meantime (see decisionFrom) the
 * sidecar may have exited or been replaced, so it counts as started if it was at any moment
 * from `decidedFrom` to the start itself.
 */
function notStarted(trace: Trace, scenario: Scenario, sidecar: string, index: number, at: number, decidedFrom: number): string | undefined {
  const spans = instanceSpans(trace, sidecar).filter((s) => s.startIndex < index);
  if (spans.length === 0) return 'had not been started';
  for (const span of spans) {
    // an exit recorded up to CLOCK_SLACK early still counts as running (real-cluster times are that coarse)
    if (span.exit && span.exit.at < decidedFrom - CLOCK_SLACK) continue;
    const evidence = startedEvidence(trace, scenario, span);
    // before the start in the trace's order, or recorded within CLOCK_SLACK of it
    if (evidence && (evidence.index < index || evidence.at <= at + CLOCK_SLACK)) return undefined;
  }
  const current = spans.at(-1)!;
  if (current.exit && current.exit.at < decidedFrom - CLOCK_SLACK) return `had exited at ${formatMs(current.exit.at)}`;
  const spec = findPodContainer(scenario.pod, sidecar)?.spec;
  return spec?.startupProbe ? 'had no successful startup probe yet' : 'had not finished its postStart hook';
}
