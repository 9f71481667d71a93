import { hookOf } from '../model/behaviour.js';
import { podContainers } from '../model/container-role.js';
import type { Scenario } from '../model/scenario.js';
import type { Millis } from '../model/time.js';
import type { Trace } from '../model/trace.js';

/**
 * What a deletion does not stop at once. In 1.34 the pod worker's cancellation reaches
 * nothing in flight: SyncPod runs the runtime's SyncPod under `context.WithoutCancel`, and
 * SyncTerminatingPod runs under `context.Background()` (kubelet.go, TODO #113606). So the
 * sync in flight at a deletion finishes — its kills with the grace of the pod object it
 * began with, then the starts it decided — and only then does the termination begin; a
 * termination in flight keeps the grace it began with. A v1.34.10 kubelet showed both.
 */

/** kuberuntime_container.go minimumGracePeriodInSeconds. */
const MINIMUM_STOP_WINDOW_SECONDS = 2;
/** pod_workers.go: the next sync waits for a PLEG status newer than the last one, at most 2 s. */
const PLEG_WAIT: Millis = 2000;

/**
 * The longest a sync in flight can still take (kuberuntime_manager.go SyncPod kills, then
 * starts, one container after another), plus the PLEG wait before the termination: for
 * every container a kill with its longest grace and the stop window, its postStart, and a
 * kill after a failed postStart.
 */
export function longestSyncInFlight(scenario: Scenario): Millis {
  let total = PLEG_WAIT;
  for (const { name, spec } of podContainers(scenario.pod)) {
    const graces = [scenario.pod.spec.terminationGracePeriodSeconds ?? 30, spec.livenessProbe?.terminationGracePeriodSeconds ?? 0, spec.startupProbe?.terminationGracePeriodSeconds ?? 0];
    const kill = (Math.max(...graces) + MINIMUM_STOP_WINDOW_SECONDS) * 1000;
    total += 2 * kill + (spec.lifecycle?.postStart ? hookOf(scenario.containers[name], 'postStart').duration : 0);
  }
  return total;
}

/** Position of the termination's first kill (PodTermination) after trace position `after`; -1 if none. */
export function terminationKillIndexAfter(trace: Trace, after: number): number {
  return trace.events.findIndex((e, i) => i > after && e.type === 'ContainerKilling' && e.reason === 'PodTermination');
}
