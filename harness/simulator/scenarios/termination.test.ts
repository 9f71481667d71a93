import { describe, expect, it } from 'vitest';
import { run } from '../testing/trace-query.js';

// Section 5 of SEMANTICS.md (termination).
const app = (behaviour: string, faults: string, spec = '', lifecycle = '') => `
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 2m
pod:
  metadata: {name: p}
  spec:${spec || '\n    restartPolicy: Always'}
    containers:
      - name: app
        image: busybox:1.36${lifecycle}
containers:
  app: ${behaviour}
faults:
${faults}`;

describe('termination (R5.1–R5.10, R1.8)', () => {
  it('a deleted Always pod whose app exits 0 on SIGTERM ends Succeeded, then is removed (R1.8, E4)', () => {
    const q = run(app('{}', '  - {at: 10s, type: DeletePod}'));
    expect(q.trace.snapshots.find((s) => s.deletionTimestamp !== null)).toMatchObject({ at: 10_000, deletionTimestamp: 40_000, deletionGracePeriodSeconds: 30 });
    expect(q.times('SignalSent', 'app')).toEqual([10_000]);
    expect(q.last.status.phase).toBe('Succeeded');
    expect(q.times('PodRemoved')).toEqual([10_000]);
    // the kubelet's final delete with grace 0: 40 − 30 = 10 s, written before the pod goes
    expect(q.last).toMatchObject({ at: 10_000, deletionTimestamp: 10_000, deletionGracePeriodSeconds: 0 });
  });

  it('exit 143 on SIGTERM ends Failed (R1.8, E4)', () => {
    const q = run(app('{onSigterm: {exitCode: 143}}', '  - {at: 10s, type: DeletePod}'));
    expect(q.last.status.phase).toBe('Failed');
  });

  it('preStop runs first, SIGTERM follows; whole seconds of the hook are taken off the grace (R5.3)', () => {
    const q = run(app('{onSigterm: {ignore: true}, hooks: {preStop: {duration: 3500ms}}}', '  - {at: 10s, type: DeletePod}', '\n    terminationGracePeriodSeconds: 10', '\n        lifecycle: {preStop: {exec: {command: [drain]}}}'));
    expect(q.events('HookStarted', 'app')[0]?.at).toBe(10_000);
    expect(q.events('HookFinished', 'app')[0]).toMatchObject({ at: 13_500, result: 'Success' });
    // grace 10 − 3 whole seconds = 7 s between SIGTERM and SIGKILL
    expect(q.events('SignalSent', 'app').map((e) => [e.at, e.signal])).toEqual([[13_500, 'SIGTERM'], [20_500, 'SIGKILL']]);
    expect(q.last.status.phase).toBe('Failed');
  });

  it('a preStop longer than the grace period is abandoned; the container still gets 2 s (R5.3, E14)', () => {
    const q = run(app('{onSigterm: {ignore: true}, hooks: {preStop: {duration: 60s}}}', '  - {at: 10s, type: DeletePod}', '\n    terminationGracePeriodSeconds: 10', '\n        lifecycle: {preStop: {exec: {command: [drain]}}}'));
    expect(q.events('HookFinished', 'app')[0]).toMatchObject({ at: 20_000, result: 'Abandoned' });
    expect(q.events('SignalSent', 'app').map((e) => [e.at, e.signal])).toEqual([[20_000, 'SIGTERM'], [22_000, 'SIGKILL']]);
    expect(q.times('PodRemoved')).toEqual([22_000]);
  });

  it('a pod deleted before its container ever ran ends Failed with ContainerStatusUnknown/137 (R1.8, E4)', () => {
    const q = run(app('{}', `  - {at: 0s, type: ImagePullFailure, container: app}
  - {at: 30s, type: DeletePod}`));
    expect(q.last.status.phase).toBe('Failed');
    expect(q.last.status.containerStatuses[0]?.state.terminated).toMatchObject({ exitCode: 137, reason: 'ContainerStatusUnknown' });
    expect(q.times('PodRemoved')).toEqual([30_000]);
  });

  it('a second delete may shorten the grace period but never lengthen it (R5.2, E16)', () => {
    const q = run(app('{onSigterm: {ignore: true}}', `  - {at: 10s, type: DeletePod, gracePeriodSeconds: 30}
  - {at: 11s, type: DeletePod, gracePeriodSeconds: 60}
  - {at: 12s, type: DeletePod, gracePeriodSeconds: 5}`));
    expect(q.events('FaultInjected').map((e) => e.outcome)).toEqual(['applied', 'ignored', 'applied']);
    expect(q.at(11_500)).toMatchObject({ deletionTimestamp: 40_000, deletionGracePeriodSeconds: 30 });
    // BeforeDelete: the new timestamp is the old one moved back by the difference: 40 − 30 + 5 = 15 s
    expect(q.at(12_000)).toMatchObject({ deletionTimestamp: 15_000, deletionGracePeriodSeconds: 5 });
    // the termination in flight keeps the grace it began with (SyncTerminatingPod ignores the pod
    // worker's cancellation: kubelet.go, context.Background()): SIGTERM at 10 s, SIGKILL at 10 + 30 = 40 s
    expect(q.events('SignalSent', 'app').map((e) => [e.at, e.signal])).toEqual([[10_000, 'SIGTERM'], [40_000, 'SIGKILL']]);
  });

  it('a shorter grace that would put the deletionTimestamp in the past makes it now, with 1 s (R5.2, BeforeDelete)', () => {
    const q = run(app('{onSigterm: {ignore: true}}', `  - {at: 10s, type: DeletePod, gracePeriodSeconds: 30}
  - {at: 20s, type: DeletePod, gracePeriodSeconds: 5}`));
    // 40 − 30 + 5 = 15 s is before the request at 20 s: the timestamp is 20 s and the grace 1 s
    expect(q.at(20_000)).toMatchObject({ deletionTimestamp: 20_000, deletionGracePeriodSeconds: 1 });
    // the termination begun at 10 s with 30 s runs on (as a v1.34.10 kubelet did with a preStop): SIGKILL at 40 s
    expect(q.events('SignalSent', 'app').filter((e) => e.signal === 'SIGKILL').map((e) => e.at)).toEqual([40_000]);
    // the kubelet's final delete (grace 0) is written before the pod goes: timestamp its own moment, grace 0
    const removedAt = q.times('PodRemoved')[0]!;
    expect(q.last).toMatchObject({ at: removedAt, deletionTimestamp: removedAt, deletionGracePeriodSeconds: 0 });
  });

  it('a force delete removes the pod at once; the node still gives 2 s (R5.9)', () => {
    const q = run(app('{onSigterm: {ignore: true}}', '  - {at: 10s, type: DeletePod, force: true}'));
    expect(q.times('PodRemoved')).toEqual([10_000]);
    expect(q.events('SignalSent', 'app').map((e) => [e.at, e.signal])).toEqual([[10_000, 'SIGTERM'], [12_000, 'SIGKILL']]);
  });

  // kubelet.go: SyncPod runs the runtime's SyncPod under context.WithoutCancel and SyncTerminatingPod
  // under context.Background() (TODO #113606), so the pod worker's cancellation stops nothing in flight.
  // The force-delete cases a v1.34.10 kubelet showed are examples/k1–k3 (kubelet-findings.test.ts).
  const preStop20 = (faults: string) =>
    app('{hooks: {preStop: {duration: 20s}}}', faults, '\n    terminationGracePeriodSeconds: 30', '\n        lifecycle: {preStop: {exec: {command: [drain]}}}');

  it('a graceful delete during the sync in flight: the in-flight kill keeps the pod’s grace, the new instance starts, then terminates', () => {
    const q = run(preStop20(`  - {at: 5s, type: UpdateImage, container: app, image: "busybox:1.37"}
  - {at: 10s, type: DeletePod, gracePeriodSeconds: 8}`));
    // deletionTimestamp 18 s, but the sync began before it: its kill runs the 20 s preStop to 25 s
    expect(q.events('HookFinished', 'app')[0]).toMatchObject({ at: 25_000, result: 'Success' });
    expect(q.events('ContainerStarted', 'app').map((e) => e.at)).toEqual([0, 25_000]);
    // then the termination with grace 8: preStop until 33 s (abandoned), SIGTERM, exit; removed then
    expect(q.events('ContainerKilling', 'app').map((e) => [e.at, e.reason, e.gracePeriodSeconds])).toEqual([
      [5_000, 'SpecChanged', 30],
      [25_000, 'PodTermination', 8],
    ]);
    expect(q.events('HookFinished', 'app')[1]).toMatchObject({ at: 33_000, result: 'Abandoned' });
    expect(q.times('PodRemoved')).toEqual([33_000]);
  });

  it('a kill by the sync in flight uses the pod object that sync began with, not the deletion’s grace (kubelet.go SyncPod)', () => {
    // The sync starts app at 0 s and runs its 2 s postStart; the delete (grace 10) comes at 1 s; the hook
    // fails at 2 s and the same sync kills app with the pod's own grace, 3 s: SIGTERM at 2 s, SIGKILL at 5 s.
    const q = run(app(
      '{onSigterm: {ignore: true}, hooks: {postStart: {duration: 2s, result: Failure}}}',
      '  - {at: 1s, type: DeletePod, gracePeriodSeconds: 10}',
      '\n    terminationGracePeriodSeconds: 3',
      '\n        lifecycle: {postStart: {exec: {command: [warm-up]}}}',
    ));
    expect(q.events('ContainerKilling', 'app').map((e) => [e.at, e.reason, e.gracePeriodSeconds])).toEqual([[2_000, 'PostStartHookFailed', 3]]);
    expect(q.events('SignalSent', 'app').map((e) => [e.at, e.signal])).toEqual([[2_000, 'SIGTERM'], [5_000, 'SIGKILL']]);
    expect(q.times('ContainerStarted', 'app')).toEqual([0]);
  });

  it('activeDeadlineSeconds: killed at the deadline, Failed/DeadlineExceeded only once stopped (R5.10, E17)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    activeDeadlineSeconds: 30
    terminationGracePeriodSeconds: 5
    initContainers:
      - {name: init, image: busybox:1.36}
    containers:
      - {name: app, image: busybox:1.36}
containers:
  init: {runs: [{exitAfter: 5s}]}
  app: {onSigterm: {ignore: true}}`);
    expect(q.times('SignalSent', 'app')).toEqual([30_000, 35_000]);
    expect(q.phaseAt(34_999)).toBe('Running');
    expect(q.at(34_999).status.reason).toBeUndefined();
    expect(q.last.status).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded', message: 'Pod was active on the node longer than the specified deadline' });
    expect(q.firstTime('Failed')).toBe(35_000);
    expect(q.events('PodRemoved')).toHaveLength(0);
  });

  it('activeDeadlineSeconds can be set once and lowered, never raised (R5.10)', () => {
    const q = run(app('{}', `  - {at: 5s, type: SetActiveDeadline, seconds: 20}
  - {at: 10s, type: SetActiveDeadline, seconds: 40}`));
    expect(q.events('FaultInjected').map((e) => e.outcome)).toEqual(['applied', 'rejected']);
    expect(q.times('SignalSent', 'app')).toEqual([20_000]);
    expect(q.last.status.reason).toBe('DeadlineExceeded');
  });
});
