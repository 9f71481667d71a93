import type { PodSpec } from '../model/pod-manifest.js';
import { container, running, traceOf } from './trace-builder.js';

/**
 * Test support: what a v1.34.10 kubelet showed for the hand-written scenario
 * ready-after-deadline (README, "Conformance notes"): activeDeadlineSeconds 5, a readiness
 * probe every 2 s that only ever failed. Past the deadline the status manager holds Failed,
 * the readiness worker exits at its next tick (R3.12), and the status written as the kill
 * began shows the container ready: no result and no worker means ready (prober_manager.go
 * UpdatePodStatus). With `deletedAt`, the same timeline in a deletion of a pod with no active
 * deadline, where the readiness worker keeps probing (R3.11) and `ready` has no such excuse.
 */
export function readyAsDeadlineKillBegins(deletedAt?: number) {
  const spec: PodSpec = {
    ...(deletedAt === undefined ? { activeDeadlineSeconds: 5 } : {}),
    terminationGracePeriodSeconds: 20,
    containers: [{ name: 'app', image: 'busybox:1.36', readinessProbe: { exec: { command: ['r'] }, periodSeconds: 2, failureThreshold: 1 } }],
  };
  const b = traceOf(spec)
    .event({ at: 1_590, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .at(2_662, container('app', { state: running(1_000), started: true, ready: false }));
  for (const at of [2_689, 3_678, 4_680]) b.event({ at, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Failure' });
  if (deletedAt !== undefined) b.event({ at: deletedAt, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 20, force: false });
  return b
    .event({ at: 6_677, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 20 })
    .event({ at: 6_677, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
    .at(6_681, container('app', { ready: true }))
    .build();
}
