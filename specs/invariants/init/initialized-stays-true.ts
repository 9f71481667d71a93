import { PASS, violation, type Invariant } from '../../invariant.js';
import type { PodStatus } from '../../model/pod-status.js';
import { SOURCES } from '../citations.js';
import { conditionOf, formatMs, hasActiveRegularContainer, namesOfRole, sandboxEpochAt, statusOf } from '../trace-view.js';

/**
 * R6.4, §13.14: Initialized is True when every init container is initialized or when any
 * regular container is running or terminated (the pod "has been initialized before"). Regular
 * init containers stay terminated with exit 0 within a sandbox (never re-run, R2.4; a
 * garbage-collected record is reported Completed, R2.14), so Initialized does not go back to
 * False — except in a new sandbox (init records purged, R2.5), and in two cases §13.14 misses.
 * While a re-created sandbox has not started a regular container yet, the purged init
 * containers still show their old terminated status (convertToAPIContainerStatuses keeps a
 * terminated old status for a container without a record), so Initialized can turn True as the
 * sidecars start and False again when the next init container re-runs. And a sidecar is
 * initialized only while `started`, so when a sidecar restarts at a moment no regular container
 * is running or terminated (all Waiting to restart), GeneratePodInitializedCondition answers
 * False; that is allowed when the snapshot itself shows it. Only the snapshot where the
 * condition turns False is judged: TerminatePod later rewrites container states without
 * regenerating conditions.
 */
export const initializedStaysTrue: Invariant = {
  id: 'init/initialized-stays-true',
  title: 'Initialized does not return to False within the same sandbox',
  citation: { rule: 'R6.4', source: 'pkg/kubelet/status/generate.go GeneratePodInitializedCondition', url: SOURCES.statusGenerate },
  level: 'must',
  kind: 'safety',
  check(trace, scenario) {
    const sidecars = namesOfRole(scenario, 'sidecar');
    const regular = namesOfRole(scenario, 'regular');
    let lastTrue: number | undefined;
    let previous: string | undefined;
    for (const s of trace.snapshots) {
      const c = conditionOf(s.status, 'Initialized');
      const was = previous;
      previous = c?.status ?? previous;
      if (c?.status === 'True') lastTrue = s.at;
      // Judge the snapshot where it turned False: later writes (TerminatePod) keep the condition as it was.
      if (c?.status !== 'False' || was !== 'True' || lastTrue === undefined) continue;
      if (sandboxEpochAt(trace, s.at) !== sandboxEpochAt(trace, lastTrue)) continue;
      if (!hasActiveRegularContainer(trace, scenario, s.at)) continue; // re-initializing (see above)
      if (sidecarRestartBeforeAnyRegular(s.status, sidecars, regular)) continue;
      return violation({
        at: s.at,
        expected: `Initialized stays True in the sandbox it became True in (True at ${formatMs(lastTrue)})`,
        observed: `Initialized False${c.reason ? ` (${c.reason})` : ''}`,
        message: 'the pod became uninitialized again without a new sandbox',
      });
    }
    return PASS;
  },
};

/** A sidecar not started while no regular container is running or terminated: GeneratePodInitializedCondition's False. */
function sidecarRestartBeforeAnyRegular(status: PodStatus, sidecars: readonly string[], regular: readonly string[]): boolean {
  const regularStarted = regular.some((n) => {
    const st = statusOf(status, n);
    return Boolean(st?.state.running || st?.state.terminated);
  });
  return !regularStarted && sidecars.some((n) => !statusOf(status, n)?.started);
}
