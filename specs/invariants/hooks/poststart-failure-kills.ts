import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import { podContainers } from '../../model/container-role.js';
import { SOURCES } from '../citations.js';
import {
  CLOCK_SLACK,
  containerEvents,
  containerNames,
  formatMs,
  instanceSpans,
  kubeletDown,
  kubeletRestarts,
  overlaps,
  spanAtIndex,
} from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 1000,
  late: 2000,
  why:
    'startContainer kills the container right after the hook returns, in the same call (late 2 s covers recording); ' +
    'the exit then comes within the kill’s grace period plus the 2 s minimum stop window and 1 s of whole-second truncation of the preStop',
};

/**
 * R7.2: when a postStart hook fails, startContainer kills the container (reason
 * FailedPostStartHook, normal grace rules including its preStop) and reports
 * PostStartHookError; the restart policy then applies (restart/never-policy-no-restart,
 * restart/failed-containers-restarted). So after a failed postStart of a still-running
 * instance a kill of it follows at once, and the instance exits within the kill's grace
 * period + 2 s. (If the instance died first — a hook fails when its container exits —
 * there is nothing left to kill.)
 */
export const poststartFailureKills: Invariant = {
  id: 'hooks/poststart-failure-kills',
  title: 'A failed postStart hook gets its container killed',
  citation: { rule: 'R7.2', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go startContainer (FailedPostStartHook)', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(scenario) {
    return podContainers(scenario.pod).some((c) => c.spec.lifecycle?.postStart) ? true : { skip: 'no container has a postStart hook' };
  },
  check(trace, scenario) {
    const down = kubeletDown(trace);
    const restarts = kubeletRestarts(trace);
    for (const name of containerNames(scenario)) {
      const spans = instanceSpans(trace, name);
      const kills = containerEvents(trace, 'ContainerKilling', name);
      for (const failed of containerEvents(trace, 'HookFinished', name).filter((h) => h.event.hook === 'postStart' && h.event.result === 'Failure')) {
        const t = failed.event.at;
        const span = spanAtIndex(spans, failed.index);
        if (!span || (span.exit && span.exit.at <= t + CLOCK_SLACK)) continue;
        const killBy = t + TOLERANCE.late;
        if (overlaps(down, t, killBy) || restarts.some((r) => r >= t && r <= killBy) || trace.horizon < killBy) continue;
        const kill = kills.find((k) => k.index > span.startIndex && (span.exitIndex === undefined || k.index < span.exitIndex) && k.event.at >= t - TOLERANCE.early);
        if (!kill || kill.event.at > killBy) {
          return violation({
            at: kill?.event.at ?? killBy,
            container: name,
            expected: `the container killed by ${formatMs(killBy)} after its postStart failed at ${formatMs(t)}`,
            observed: kill ? `killed at ${formatMs(kill.event.at)}` : 'not killed',
            message: `${name} kept running after its postStart hook failed`,
          });
        }
        // A later kill of the instance (the pod's termination cancelling this sync) starts over with its own grace.
        const later = kills.filter((k) => k.index >= kill.index && (span.exitIndex === undefined || k.index < span.exitIndex));
        const exitBy = Math.max(...later.map((k) => k.event.at + (Math.max(k.event.gracePeriodSeconds, 0) + 3) * 1000)) + CLOCK_SLACK;
        if (overlaps(down, t, exitBy) || restarts.some((r) => r >= t && r <= exitBy) || trace.horizon < exitBy) continue;
        if (!span.exit || span.exit.at > exitBy) {
          return violation({
            at: span.exit?.at ?? exitBy,
            container: name,
            expected: `the container gone by ${formatMs(exitBy)} (kill at ${formatMs(later[later.length - 1]!.event.at)}, grace ${later[later.length - 1]!.event.gracePeriodSeconds} s + 2 s)`,
            observed: span.exit ? `exited at ${formatMs(span.exit.at)}` : 'still running',
            message: `${name} outlived the kill that followed its failed postStart`,
          });
        }
      }
    }
    return PASS;
  },
};
