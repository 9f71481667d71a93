import { PASS, violation, type Invariant } from '../../invariant.js';
import { findPodContainer } from '../../model/container-role.js';
import type { Scenario } from '../../model/scenario.js';
import type { Trace } from '../../model/trace.js';
import { SOURCES } from '../citations.js';
import { formatMs, hasActiveRegularContainerAtIndex, instanceSpans, namesOfRole, sandboxEpochAt, startedEvidence } from '../trace-view.js';

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
 * the kubelet has already acted on the probe result. The sync that finds the sidecar started
 * marks the pod initialized before it checks for a changed spec or a failed liveness probe, so
 * it may kill and restart the sidecar and still start the next container: a started instance
 * replaced that way counts.
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
    for (const [index, e] of trace.events.entries()) {
      if (e.type !== 'ContainerStarted') continue;
      const epoch = sandboxEpochAt(trace, e.at);
      const key = `${epoch}/${regular.has(e.container) ? '(regular)' : e.container}`;
      const first = !firstStartsIn.has(key);
      firstStartsIn.add(key);
      let sidecar: string | undefined;
      if (regular.has(e.container)) {
        // Any start while no regular container has a record in this sandbox: (re-)initialization.
        if (!first && hasActiveRegularContainerAtIndex(trace, scenario, index)) continue;
        const last = inits.at(-1);
        if (last?.restartPolicy === 'Always') sidecar = last.name;
      } else {
        const i = inits.findIndex((c) => c.name === e.container);
        if (i <= 0 || !first) continue;
        if (inits[i - 1]!.restartPolicy === 'Always') sidecar = inits[i - 1]!.name;
      }
      if (!sidecar) continue;
      const why = notStarted(trace, scenario, sidecar, index, e.at);
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

/** Why the sidecar is not started at event position `index` (time `at`); undefined if it is. */
function notStarted(trace: Trace, scenario: Scenario, sidecar: string, index: number, at: number): string | undefined {
  const spans = instanceSpans(trace, sidecar).filter((s) => s.startIndex < index);
  const current = spans.at(-1);
  if (!current) return 'had not been started';
  // an exit in the same instant may have happened after the start it is compared with
  if (current.exit && current.exit.at < at) return `had exited at ${formatMs(current.exit.at)}`;
  const evidence = startedEvidence(trace, scenario, current);
  if (evidence && evidence.index < index) return undefined;
  // The sync that found the sidecar started may kill it for a changed spec or a failed liveness
  // probe — after it marked the pod initialized — restart it, and go on to start the next container.
  const previous = spans[current.ordinal - 1];
  if (previous && startedEvidence(trace, scenario, previous)) {
    const replaced = trace.events.some(
      (x, i) => i > previous.startIndex && i < current.startIndex && x.type === 'ContainerKilling' && x.container === sidecar && (x.reason === 'SpecChanged' || x.reason === 'LivenessProbe'),
    );
    if (replaced) return undefined;
  }
  const spec = findPodContainer(scenario.pod, sidecar)?.spec;
  return spec?.startupProbe ? 'had no successful startup probe yet' : 'had not finished its postStart hook';
}
