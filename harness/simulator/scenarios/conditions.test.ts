import { describe, expect, it } from 'vitest';
import { run } from '../testing/trace-query.js';

// Section 6 of SEMANTICS.md (conditions).
describe('conditions (R6.2–R6.8)', () => {
  it('lastTransitionTime moves only when the status does, not on a new message (R6.8, E19)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    containers:
      - {name: a, image: busybox:1.36, readinessProbe: {exec: {command: [r]}}}
      - {name: b, image: busybox:1.36, readinessProbe: {exec: {command: [r]}}}
containers:
  a: {probes: {readiness: [{at: 0s, result: Failure}, {at: 10s, result: Success}]}}
  b: {probes: {readiness: [{at: 0s, result: Failure}, {at: 20s, result: Success}]}}`);
    expect(q.condition('ContainersReady', 5_000)).toMatchObject({ status: 'False', message: 'containers with unready status: [a b]', lastTransitionTime: 0 });
    expect(q.condition('ContainersReady', 15_000)).toMatchObject({ status: 'False', message: 'containers with unready status: [b]', lastTransitionTime: 0 });
    expect(q.condition('ContainersReady', 20_000)).toMatchObject({ status: 'True', lastTransitionTime: 20_000 });
    expect(q.condition('Ready', 20_000)).toMatchObject({ status: 'True', lastTransitionTime: 20_000 });
  });

  it('a missing readiness gate holds Ready False while ContainersReady is True (R6.6)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 30s
pod:
  metadata: {name: p}
  spec:
    readinessGates: [{conditionType: example.com/gate}]
    containers:
      - {name: app, image: busybox:1.36}`);
    expect(q.condition('ContainersReady', 29_000)?.status).toBe('True');
    expect(q.condition('Ready', 29_000)).toMatchObject({
      status: 'False',
      reason: 'ReadinessGatesNotReady',
      message: 'corresponding condition of pod readiness gate "example.com/gate" does not exist.',
    });
  });

  it('PodScheduled from the binding, PodReadyToStartContainers once the sandbox exists, Initialized without init containers at once (R6.2–R6.4)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 30s
pod:
  metadata: {name: p}
  spec:
    restartPolicy: Never
    containers:
      - {name: app, image: busybox:1.36}
containers:
  app: {runs: [{exitAfter: 10s}]}`);
    const first = q.trace.snapshots[0]!;
    expect(first.status.conditions).toEqual([{ type: 'PodScheduled', status: 'True', lastTransitionTime: 0 }]);
    expect(first.status.startTime).toBeNull();
    const kubeletFirst = q.trace.snapshots[1]!;
    expect(kubeletFirst.status.conditions.map((c) => [c.type, c.status])).toEqual([
      ['PodReadyToStartContainers', 'False'],
      ['Initialized', 'True'],
      ['Ready', 'False'],
      ['ContainersReady', 'False'],
      ['PodScheduled', 'True'],
    ]);
    expect(q.condition('PodReadyToStartContainers', 5_000)?.status).toBe('True');
    // after completion the sandbox is gone (R6.3)
    expect(q.condition('PodReadyToStartContainers', 20_000)?.status).toBe('False');
    // R1.10: startTime set by the kubelet's first status, never changed
    expect(new Set(q.trace.snapshots.slice(1).map((s) => s.status.startTime))).toEqual(new Set([0]));
  });

  it('Initialized stays False with a reason while init containers run (R6.4)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 30s
pod:
  metadata: {name: p}
  spec:
    initContainers: [{name: i, image: busybox:1.36}]
    containers: [{name: app, image: busybox:1.36}]
containers:
  i: {runs: [{exitAfter: 5s}]}`);
    expect(q.condition('Initialized', 1000)).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [i]' });
    expect(q.condition('Initialized', 5000)).toMatchObject({ status: 'True', lastTransitionTime: 5000 });
  });
});
