import { describe, expect, it } from 'vitest';
import { run } from '../testing/trace-query.js';

// Section 10 of SEMANTICS.md (node loss), and node reboots (R2.5, E21).
const app = (faults: string, spec = '', until = '10m') => `
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: ${until}
pod:
  metadata: {name: p}
  spec:${spec}
    containers:
      - {name: app, image: busybox:1.36}
faults:
${faults}`;

describe('node loss (R10.1–R10.6)', () => {
  it('unreachable: Ready False after 50 s, phase unchanged, evicted 300 s later, stuck Terminating until the node returns (E18)', () => {
    const q = run(app(`  - {at: 10s, type: NodeDown}
  - {at: 420s, type: NodeUp}`));
    expect(q.events('NodeReadyChanged').map((e) => [e.at, e.status])).toEqual([[60_000, 'Unknown'], [420_000, 'True']]);
    expect(q.condition('Ready', 59_999)?.status).toBe('True');
    expect(q.condition('Ready', 60_000)).toMatchObject({ status: 'False', lastTransitionTime: 60_000 });
    expect(q.phaseAt(60_000)).toBe('Running');
    expect(q.container('app', 60_000).ready).toBe(true); // R10.2: container statuses untouched
    expect(q.condition('DisruptionTarget', 360_000)).toMatchObject({ status: 'True', reason: 'DeletionByTaintManager' });
    expect(q.at(360_000)).toMatchObject({ deletionTimestamp: 390_000, deletionGracePeriodSeconds: 30 });
    expect(q.phaseAt(419_999)).toBe('Running');
    expect(q.times('SignalSent', 'app')).toEqual([420_000]);
    expect(q.last.status.phase).toBe('Succeeded');
    expect(q.times('PodRemoved')).toEqual([420_000]);
  });

  it('a node back before the toleration runs out cancels the eviction (R10.5)', () => {
    const q = run(app(`  - {at: 10s, type: NodeDown}
  - {at: 100s, type: NodeUp}`));
    expect(q.condition('Ready', 99_999)?.status).toBe('False');
    expect(q.condition('Ready', 100_000)).toMatchObject({ status: 'True', lastTransitionTime: 100_000 });
    expect(q.events('DeletionRequested')).toHaveLength(0);
    expect(q.condition('DisruptionTarget', 599_000)).toBeUndefined();
  });

  it('a pod toleration shortens the eviction (R10.4, R10.5)', () => {
    const q = run(app('  - {at: 10s, type: NodeDown}', `
    tolerations:
      - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 20}`));
    expect(q.events('DeletionRequested')).toMatchObject([{ at: 80_000, by: 'taint-eviction' }]);
  });

  it('the first matching toleration decides, in spec order (R10.5, GetMatchingTolerations)', () => {
    const q = run(app('  - {at: 10s, type: NodeDown}', `
    tolerations:
      - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 100}
      - {operator: Exists, effect: NoExecute, tolerationSeconds: 20}`));
    expect(q.events('DeletionRequested')).toMatchObject([{ at: 160_000, by: 'taint-eviction' }]);
  });

  it('the kubelet coming back forgets crash-loop back-off (kubelet memory)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 2m
pod:
  metadata: {name: p}
  spec:
    containers: [{name: app, image: busybox:1.36}]
containers:
  app: {runs: [{exitAfter: 1s, exitCode: 1}]}
faults:
  - {at: 14s, type: NodeDown}
  - {at: 16s, type: NodeUp}`);
    // starts 0, 1 (at once), 12 (10 s back-off); exit at 13 s would wait until 33 s — the new kubelet starts it at 16 s
    expect(q.times('ContainerStarted', 'app').slice(0, 4)).toEqual([0, 1000, 12_000, 16_000]);
  });
});

describe('node reboot (R2.5, R1.5)', () => {
  it('with init containers under Always: init re-runs, Running → Pending → Running, restartCount grows (E21)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    initContainers: [{name: init, image: busybox:1.36}]
    containers: [{name: app, image: busybox:1.36}]
containers:
  init: {runs: [{exitAfter: 2s}]}
faults:
  - {at: 30s, type: NodeReboot}`);
    expect(q.events('ContainerExited', 'app')).toMatchObject([{ at: 30_000, exitCode: 255, reason: 'Unknown' }]);
    expect(q.events('SandboxCreated').map((e) => [e.at, e.attempt])).toEqual([[0, 0], [30_000, 1]]);
    expect(q.times('ContainerStarted', 'init')).toEqual([0, 30_000]);
    expect(q.events('ContainerStarted', 'app').map((e) => [e.at, e.restartCount])).toEqual([[2000, 0], [32_000, 1]]);
    expect(q.phases()).toEqual(['Pending', 'Running', 'Pending', 'Running']);
    expect(q.firstTime('Pending')).toBe(0);
  });

  it('under Never the pod goes terminal instead of starting again (R2.5a)', () => {
    const q = run(app('  - {at: 30s, type: NodeReboot}', '\n    restartPolicy: Never', '1m'));
    expect(q.events('SandboxCreated')).toHaveLength(1);
    expect(q.times('ContainerStarted', 'app')).toEqual([0]);
    expect(q.firstTime('Failed')).toBe(30_000);
  });
});
