import { describe, expect, it } from 'vitest';
import { run } from '../testing/trace-query.js';

// Section 2 of SEMANTICS.md (sidecars, R2.6–R2.13). Expected values worked out from the rules cited.
describe('sidecars (R2.7–R2.13)', () => {
  it('the next container starts only once the sidecar is started: its startup probe succeeded (R2.7)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    initContainers:
      - name: side
        image: busybox:1.36
        restartPolicy: Always
        startupProbe: {exec: {command: [probe]}, periodSeconds: 5, failureThreshold: 10}
    containers:
      - {name: app, image: busybox:1.36}
containers:
  side:
    probes:
      startup: [{at: 0s, result: Failure}, {at: 12s, result: Success}]`);
    // startup probes at 0, 5, 10 fail (below the threshold of 10), at 15 s succeed → started → app starts.
    expect(q.events('ProbeResult', 'side').map((e) => [e.at, e.result])).toEqual([
      [0, 'Failure'],
      [5000, 'Failure'],
      [10_000, 'Failure'],
      [15_000, 'Success'],
    ]);
    expect(q.times('ContainerStarted', 'app')).toEqual([15_000]);
    expect(q.container('side', 14_999).started).toBe(false);
    expect(q.container('side', 15_000).started).toBe(true);
    expect(q.phaseAt(14_999)).toBe('Pending');
  });

  it('a sidecar is restarted even under restartPolicy Never (R2.8, E24)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    restartPolicy: Never
    initContainers:
      - {name: side, image: busybox:1.36, restartPolicy: Always}
    containers:
      - {name: app, image: busybox:1.36}
containers:
  side: {runs: [{exitAfter: 5s, exitCode: 1}, {}]}`);
    expect(q.times('ContainerStarted', 'side')).toEqual([0, 5000]);
    expect(q.container('side', 30_000).restartCount).toBe(1);
    expect(q.phases()).toEqual(['Pending', 'Running']);
  });

  it('a crash-looping sidecar under restartPolicy Never backs off but its status stays Terminated, never Waiting (R4.1, R4.4, R4.5)', () => {
    // ShouldContainerBeRestarted (1.34) judges a dead container by the pod's policy alone, so
    // convertToAPIContainerStatuses does not show the cached CrashLoopBackOff for it.
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 40s
pod:
  metadata: {name: p}
  spec:
    restartPolicy: Never
    initContainers:
      - {name: side, image: busybox:1.36, restartPolicy: Always}
    containers:
      - {name: app, image: busybox:1.36}
containers:
  side:
    runs: [{exitAfter: 2s, exitCode: 1}]`);
    // exits at 2 (restarted at once), 4 (back-off 10 s: restarted at the 14 s re-sync),
    // 16 (back-off 20 s: the 26 s re-sync is still inside it, the 36 s one starts it).
    expect(q.times('ContainerStarted', 'side')).toEqual([0, 2000, 14_000, 36_000]);
    const side = (at: number) => q.container('side', at);
    expect(side(30_000).state.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(side(30_000).restartCount).toBe(2);
    const waiting = q.trace.snapshots.flatMap((s) => (s.status.initContainerStatuses ?? []).filter((c) => c.name === 'side' && c.state.waiting?.reason === 'CrashLoopBackOff').map(() => s.at));
    expect(waiting).toEqual([]);
  });

  it('a job-style pod with a sidecar completes when its main container does; the sidecar exit code is ignored (R2.12, R1.3d, E11)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    restartPolicy: Never
    initContainers:
      - {name: side, image: busybox:1.36, restartPolicy: Always}
    containers:
      - {name: job, image: busybox:1.36}
containers:
  job: {runs: [{exitAfter: 10s, exitCode: 0}]}
  side: {onSigterm: {exitCode: 143}}`);
    expect(q.events('ContainerKilling', 'side')).toMatchObject([{ at: 10_000, reason: 'NoContainerToKeep' }]);
    expect(q.container('side', 10_000).state.terminated?.exitCode).toBe(143);
    expect(q.firstTime('Succeeded')).toBe(10_000);
    expect(q.times('ContainerStarted', 'side')).toEqual([0]);
  });

  it('on deletion sidecar preStop starts at once; sidecars are signalled after the app, in reverse order (R2.13, E10)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    terminationGracePeriodSeconds: 30
    initContainers:
      - name: s1
        image: busybox:1.36
        restartPolicy: Always
        lifecycle: {preStop: {exec: {command: [drain]}}}
      - {name: s2, image: busybox:1.36, restartPolicy: Always}
    containers:
      - {name: app, image: busybox:1.36}
containers:
  s1: {hooks: {preStop: {duration: 2s}}}
  s2: {onSigterm: {exitAfter: 2s}}
  app: {onSigterm: {exitAfter: 3s}}
faults:
  - {at: 10s, type: DeletePod}`);
    expect(q.events('HookStarted', 's1')).toMatchObject([{ at: 10_000, hook: 'preStop' }]);
    expect(q.times('SignalSent', 'app')).toEqual([10_000]);
    expect(q.events('ContainerExited', 'app')[0]?.at).toBe(13_000);
    expect(q.times('SignalSent', 's2')).toEqual([13_000]);
    expect(q.events('ContainerExited', 's2')[0]?.at).toBe(15_000);
    expect(q.times('SignalSent', 's1')).toEqual([15_000]);
    // every regular container exited 0 on SIGTERM → Succeeded, then removed (R1.8)
    expect(q.last.status.phase).toBe('Succeeded');
    expect(q.times('PodRemoved')).toEqual([15_000]);
  });
});
