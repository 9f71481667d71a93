import { describe, expect, it } from 'vitest';
import { run } from '../testing/trace-query.js';

// Section 7 of SEMANTICS.md (lifecycle hooks).
describe('lifecycle hooks (R7.1–R7.3)', () => {
  it('postStart blocks: the container is not reported Running and the next container does not start until it returns (R7.1, E15)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    containers:
      - name: a
        image: busybox:1.36
        lifecycle: {postStart: {exec: {command: [warm-up]}}}
      - {name: b, image: busybox:1.36}
containers:
  a: {hooks: {postStart: {duration: 10s}}}`);
    expect(q.times('ContainerStarted', 'a')).toEqual([0]);
    expect(q.events('HookFinished', 'a')).toMatchObject([{ at: 10_000, hook: 'postStart', result: 'Success' }]);
    expect(q.times('ContainerStarted', 'b')).toEqual([10_000]);
    expect(q.container('a', 9_999).state.waiting?.reason).toBe('ContainerCreating');
    expect(q.container('a', 10_000).state.running?.startedAt).toBe(0);
    expect(q.phaseAt(9_999)).toBe('Pending');
  });

  it('a failing postStart kills the container and reports PostStartHookError; the restart policy applies (R7.2)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    containers:
      - name: a
        image: busybox:1.36
        lifecycle: {postStart: {exec: {command: [fail]}}}
containers:
  a: {hooks: {postStart: {duration: 1s, result: Failure}}}`);
    expect(q.events('ContainerKilling', 'a')[0]).toMatchObject({ at: 1000, reason: 'PostStartHookFailed' });
    // killed at 1 s (first exit: restart at once), again at 2 s → back-off 10 s from that exit
    expect(q.times('ContainerStarted', 'a').slice(0, 3)).toEqual([0, 1000, 12_000]);
    const reasons = q.trace.snapshots.map((s) => s.status.containerStatuses[0]?.state.waiting?.reason);
    expect(reasons).toContain('PostStartHookError');
  });

  it('under Never a failed postStart leaves the container terminated and the pod Failed (R7.2)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    restartPolicy: Never
    containers:
      - name: a
        image: busybox:1.36
        lifecycle: {postStart: {exec: {command: [fail]}}}
containers:
  a:
    onSigterm: {exitCode: 143}
    hooks: {postStart: {duration: 1s, result: Failure}}`);
    expect(q.times('ContainerStarted', 'a')).toEqual([0]);
    expect(q.firstTime('Failed')).toBe(1000);
  });

  it('a tcpSocket postStart always fails (R7.3)', () => {
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
      - name: a
        image: busybox:1.36
        lifecycle: {postStart: {tcpSocket: {port: 80}}}`);
    expect(q.events('HookFinished', 'a')).toMatchObject([{ at: 0, result: 'Failure' }]);
    expect(q.events('ContainerKilling', 'a')[0]?.reason).toBe('PostStartHookFailed');
  });

  it('a sleep preStop sleeps its seconds whatever the behaviour says (R7.3)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    containers:
      - name: a
        image: busybox:1.36
        lifecycle: {preStop: {sleep: {seconds: 4}}}
faults:
  - {at: 10s, type: DeletePod}`);
    expect(q.events('HookFinished', 'a')).toMatchObject([{ at: 14_000, hook: 'preStop', result: 'Success' }]);
    expect(q.times('SignalSent', 'a')).toEqual([14_000]);
  });
});
