import { describe, expect, it } from 'vitest';
import { run } from '../testing/trace-query.js';

// Section 1 of SEMANTICS.md: phase rules. Expected values are worked out from the rule cited.
const pod = (restartPolicy: string, extra = '') => `
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 2m
pod:
  metadata: {name: p}
  spec:
    restartPolicy: ${restartPolicy}
    containers:
      - {name: app, image: busybox:1.36}${extra}
`;

describe('phase (R1.3, R1.7)', () => {
  it('Never, exit 0: Pending → Running → Succeeded when the container exits, Ready/ContainersReady False PodCompleted', () => {
    const q = run(`${pod('Never')}
containers:
  app: {runs: [{exitAfter: 5s, exitCode: 0}]}`);
    expect(q.phases()).toEqual(['Pending', 'Running', 'Succeeded']);
    expect(q.firstTime('Succeeded')).toBe(5000);
    expect(q.condition('Ready', 5000)).toMatchObject({ status: 'False', reason: 'PodCompleted' });
    expect(q.condition('ContainersReady', 5000)).toMatchObject({ status: 'False', reason: 'PodCompleted' });
    expect(q.events('PodRemoved')).toHaveLength(0); // nobody deleted it
  });

  it('Never, exit 1: Failed, with Ready False PodFailed (R1.3 D4, R1.7)', () => {
    const q = run(`${pod('Never')}
containers:
  app: {runs: [{exitAfter: 5s, exitCode: 1}]}`);
    expect(q.phases()).toEqual(['Pending', 'Running', 'Failed']);
    expect(q.condition('Ready', 60_000)).toMatchObject({ status: 'False', reason: 'PodFailed' });
    expect(q.container('app', 60_000).state.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
  });

  it('OnFailure, the only container keeps failing: Running, never Failed or Pending again (E12)', () => {
    const q = run(`${pod('OnFailure')}
containers:
  app: {runs: [{exitAfter: 5s, exitCode: 1}]}`);
    expect(q.phases()).toEqual(['Pending', 'Running']);
    expect(q.container('app', 119_000).restartCount).toBeGreaterThanOrEqual(3);
  });

  it('Always, every exit is 0: Running, and the container is restarted (E3, R1.3f)', () => {
    const q = run(`${pod('Always')}
containers:
  app: {runs: [{exitAfter: 5s, exitCode: 0}]}`);
    expect(q.phases()).toEqual(['Pending', 'Running']);
    // exit at 5 s → restart at once; exit at 10 s → back-off 10 s → restart at 20 s (R4.4)
    expect(q.times('ContainerStarted', 'app')).toEqual([0, 5000, 20_000, 45_000, 90_000]);
  });

  it('OnFailure, exit 0: Succeeded; the container is not restarted', () => {
    const q = run(`${pod('OnFailure')}
containers:
  app: {runs: [{exitAfter: 3s, exitCode: 0}]}`);
    expect(q.phases()).toEqual(['Pending', 'Running', 'Succeeded']);
    expect(q.times('ContainerStarted', 'app')).toEqual([0]);
  });

  it('a container that never started holds the pod Pending while another runs (E1, R1.3b)', () => {
    const q = run(`${pod('Always', `
      - {name: side, image: "registry.example/side:1"}`)}
faults:
  - {at: 0s, type: ImagePullFailure, container: side}`);
    expect(q.container('app', 30_000).state.running).toBeDefined();
    expect(q.phaseAt(119_000)).toBe('Pending');
    expect(q.phases()).toEqual(['Pending']);
  });

  it('Never with an image that cannot be pulled stays Pending for ever (E2)', () => {
    const q = run(`${pod('Never')}
faults:
  - {at: 0s, type: ImagePullFailure, container: app}`);
    expect(q.phases()).toEqual(['Pending']);
    expect(['ErrImagePull', 'ImagePullBackOff']).toContain(q.container('app', 119_000).state.waiting?.reason);
  });

  it('a terminal phase is absorbing: a node reboot after Succeeded changes nothing (R1.4)', () => {
    const q = run(`${pod('Never')}
containers:
  app: {runs: [{exitAfter: 2s, exitCode: 0}]}
faults:
  - {at: 30s, type: NodeReboot}`);
    expect(q.phases()).toEqual(['Pending', 'Running', 'Succeeded']);
    expect(q.times('ContainerStarted', 'app')).toEqual([0]);
  });

  it('the API terminal phase wins even over a later active deadline after a kubelet restart (R1.4, found by a property run)', () => {
    const q = run(`${pod('Never')}
containers:
  app: {runs: [{exitAfter: 2s, exitCode: 0}]}
faults:
  - {at: 60s, type: SetActiveDeadline, seconds: 30}
  - {at: 60s, type: NodeReboot}`);
    expect(q.events('FaultInjected').map((e) => e.outcome)).toEqual(['applied', 'applied']);
    expect(q.phases()).toEqual(['Pending', 'Running', 'Succeeded']);
  });

  it('the terminal phase waits until every container, sidecars included, has stopped (R1.6, E8)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    restartPolicy: Never
    terminationGracePeriodSeconds: 10
    initContainers:
      - {name: side, image: busybox:1.36, restartPolicy: Always}
    containers:
      - {name: app, image: busybox:1.36}
containers:
  app: {runs: [{exitAfter: 5s, exitCode: 0}]}
  side: {onSigterm: {ignore: true}}`);
    // R2.12: app done at 5 s → sidecar gets SIGTERM at 5 s, ignores it, SIGKILL after the 10 s grace.
    expect(q.times('SignalSent', 'side')).toEqual([5000, 15_000]);
    expect(q.phaseAt(14_999)).toBe('Running');
    expect(q.firstTime('Succeeded')).toBe(15_000);
    // R1.3d: the sidecar's exit code 137 does not make the pod fail.
    expect(q.container('side', 15_000).state.terminated?.exitCode).toBe(137);
  });
});
