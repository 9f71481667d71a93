import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../scenario/load-scenario-file.js';
import type { KubeEventOccurrence } from './kube-event.js';
import { kubeEventTraceEvents } from './kube-event-trace-events.js';
import type { ScriptLogLine } from './script-log-line.js';
import type { Snapshot } from '../../../../specs/model/trace.js';

const scenario = parseScenarioText(
  `apiVersion: podlife/v1alpha1
kind: Scenario
name: post-start-kills
pod:
  metadata: {name: pod}
  spec:
    terminationGracePeriodSeconds: 26
    containers:
      - name: app0
        image: busybox:1.36
        lifecycle:
          postStart: {tcpSocket: {port: 8080}}
          preStop: {sleep: {seconds: 2}}
`,
  'post-start-kills.yaml',
);

const killing = (at: number): KubeEventOccurrence => ({ at, reason: 'Killing', message: 'FailedPostStartHook', container: 'app0', source: 'kubelet' });

describe('kubeEventTraceEvents: Killing', () => {
  // A v1.34.10 run (seed 31): a tcpSocket postStart fails at once (handlers.go: not a lifecycle
  // handler), the kubelet kills the container (R7.2), its sleep preStop runs 2 s, then SIGTERM
  // (R5.3). The second instance starts 0.4 s after the first one's SIGTERM, and its Killing Event
  // is delivered within KILL_LAG of that SIGTERM.
  const lines: ScriptLogLine[] = [
    { at: 1_324, container: 'app0', start: 0, kind: 'start' },
    { at: 3_337, container: 'app0', start: 0, kind: 'sigterm' },
    { at: 3_343, container: 'app0', start: 0, kind: 'exit', exitCode: 0 },
    { at: 3_745, container: 'app0', start: 1, kind: 'start' },
    { at: 5_757, container: 'app0', start: 1, kind: 'sigterm' },
  ];
  const ctx = { scenario, snapshots: [], lines, deletions: [], scenarioImage: (ref: string) => ref };

  it('moves a kill back to its own instance’s SIGTERM, never to the previous instance’s', () => {
    const kills = kubeEventTraceEvents([killing(1_340), killing(3_800)], ctx);
    // The first Event has no SIGTERM or preStop of its instance in the 2 s before it: it stays.
    // The second must not move to 3,337 ms: the instance it killed started at 3,745 ms.
    expect(kills).toEqual([
      { at: 1_340, type: 'ContainerKilling', container: 'app0', reason: 'PostStartHookFailed', gracePeriodSeconds: 26 },
      { at: 3_800, type: 'ContainerKilling', container: 'app0', reason: 'PostStartHookFailed', gracePeriodSeconds: 26 },
    ]);
  });

  it('still moves a late Event back to the SIGTERM of the instance it killed', () => {
    const kills = kubeEventTraceEvents([killing(6_500)], ctx);
    expect(kills.map((k) => k.at)).toEqual([5_757]);
  });
});

describe('kubeEventTraceEvents: the grace of a kill after a deletion', () => {
  const probed = parseScenarioText(
    `apiVersion: podlife/v1alpha1
kind: Scenario
name: grace-after-deletion
pod:
  metadata: {name: pod}
  spec:
    terminationGracePeriodSeconds: 30
    containers:
      - name: app
        image: busybox:1.36
        livenessProbe: {exec: {command: [alive]}, terminationGracePeriodSeconds: 5}
`,
    'grace-after-deletion.yaml',
  );
  const at = (ms: number, message: string): KubeEventOccurrence => ({ at: ms, reason: 'Killing', message, container: 'app', source: 'kubelet' });
  const ctx = (deletions: { at: number; gracePeriodSeconds: number }[]) => ({ scenario: probed, snapshots: [], lines: [], deletions, scenarioImage: (ref: string) => ref });

  it('gives the termination of a force delete (grace 0) the 1 s the kubelet uses (calculateEffectiveGracePeriod)', () => {
    const [kill] = kubeEventTraceEvents([at(25_701, 'Stopping container app')], ctx([{ at: 10_004, gracePeriodSeconds: 0 }]));
    expect(kill).toEqual({ at: 25_701, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 1 });
  });

  it('gives a liveness kill by the sync in flight at a deletion the probe’s grace, not the deletion’s', () => {
    const [kill] = kubeEventTraceEvents([at(12_000, 'Container app failed liveness probe, will be restarted')], ctx([{ at: 10_000, gracePeriodSeconds: 20 }]));
    expect(kill).toEqual({ at: 12_000, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 5 });
  });

  it('gives the termination the shortest grace requested before it', () => {
    const [kill] = kubeEventTraceEvents([at(12_000, 'Stopping container app')], ctx([{ at: 10_000, gracePeriodSeconds: 20 }, { at: 11_000, gracePeriodSeconds: 8 }]));
    expect(kill).toMatchObject({ reason: 'PodTermination', gracePeriodSeconds: 8 });
  });
});


describe('kubeEventTraceEvents: the termination of a pod the kubelet found terminal', () => {
  const never = parseScenarioText(
    `apiVersion: podlife/v1alpha1
kind: Scenario
name: removed-init-under-never
pod:
  metadata: {name: pod}
  spec:
    restartPolicy: Never
    terminationGracePeriodSeconds: 36
    initContainers:
      - {name: side0, image: busybox:1.36, restartPolicy: Always}
      - {name: init1, image: busybox:1.36}
    containers:
      - {name: app0, image: busybox:1.36}
`,
    'removed-init-under-never.yaml',
  );
  const shown = (ms: number, phase: 'Pending' | 'Failed'): Snapshot => ({
    at: ms, deletionTimestamp: null, deletionGracePeriodSeconds: null,
    status: { phase, conditions: [], initContainerStatuses: [], containerStatuses: [], qosClass: 'BestEffort', startTime: 0 },
  });
  const stopping = (ms: number): KubeEventOccurrence => ({ at: ms, reason: 'Killing', message: 'Stopping container side0', container: 'side0', source: 'kubelet' });

  it('reads "Stopping container" with no deletion as the termination when the pod turns terminal with nothing started after it', () => {
    // A v1.34.10 run (seed 241): init1 removed at 34.5 s under Never; the kubelet computes Failed, SyncPod
    // returns and SyncTerminatingPod stops the sidecar (SIGTERM at 36.3 s); the status manager writes
    // Failed only at 36.5 s, once nothing runs (R1.6).
    const lines: ScriptLogLine[] = [
      { at: 1_000, container: 'side0', start: 0, kind: 'start' },
      { at: 12_344, container: 'init1', start: 0, kind: 'start' },
      { at: 36_309, container: 'side0', start: 0, kind: 'sigterm' },
    ];
    const ctx = { scenario: never, snapshots: [shown(35_307, 'Pending'), shown(36_543, 'Failed')], lines, deletions: [], scenarioImage: (ref: string) => ref };
    const [kill] = kubeEventTraceEvents([stopping(36_400)], ctx);
    expect(kill).toEqual({ at: 36_309, type: 'ContainerKilling', container: 'side0', reason: 'PodTermination', gracePeriodSeconds: 36 });
  });

  it('does not when a container starts between the kill and the terminal phase', () => {
    const lines: ScriptLogLine[] = [
      { at: 1_000, container: 'side0', start: 0, kind: 'start' },
      { at: 20_000, container: 'side0', start: 0, kind: 'sigterm' },
      { at: 21_000, container: 'side0', start: 1, kind: 'start' },
    ];
    const ctx = { scenario: never, snapshots: [shown(30_000, 'Failed')], lines, deletions: [], scenarioImage: (ref: string) => ref };
    const [kill] = kubeEventTraceEvents([stopping(20_100)], ctx);
    expect(kill).toMatchObject({ reason: 'NoContainerToKeep' });
  });
});
