import { describe, expect, it } from 'vitest';
import { printPod } from '../../../specs/kubectl/print-pod.js';
import { run } from '../testing/trace-query.js';

// Section 2 of SEMANTICS.md (init containers). Expected values worked out from the rules cited.
const twoInits = (restartPolicy: string) => `
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    restartPolicy: ${restartPolicy}
    initContainers:
      - {name: init1, image: busybox:1.36}
      - {name: init2, image: busybox:1.36}
    containers:
      - {name: app, image: busybox:1.36}
`;

describe('init containers (R2.1–R2.4)', () => {
  it('run one at a time in spec order; app containers start only after the last one succeeded (R2.1)', () => {
    const q = run(`${twoInits('Always')}
containers:
  init1: {runs: [{exitAfter: 2s}]}
  init2: {runs: [{exitAfter: 3s}]}`);
    expect(q.times('ContainerStarted', 'init1')).toEqual([0]);
    expect(q.times('ContainerStarted', 'init2')).toEqual([2000]);
    expect(q.times('ContainerStarted', 'app')).toEqual([5000]);
    expect(q.condition('Initialized', 4999)).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized' });
    expect(q.condition('Initialized', 5000)).toMatchObject({ status: 'True', lastTransitionTime: 5000 });
    expect(q.phaseAt(4999)).toBe('Pending');
    expect(q.phaseAt(5000)).toBe('Running');
    // kubectl: Init:0/2 while init1 runs, Init:1/2 while init2 runs (R11)
    expect(printPod(q.scenario.pod.spec, q.at(1000).status, null).status).toBe('Init:0/2');
    expect(printPod(q.scenario.pod.spec, q.at(3000).status, null).status).toBe('Init:1/2');
  });

  it('a failing init container is restarted with crash-loop back-off under OnFailure; the pod stays Pending (R2.3)', () => {
    const q = run(`${twoInits('OnFailure')}
containers:
  init1: {runs: [{exitAfter: 2s, exitCode: 1}, {exitAfter: 2s, exitCode: 1}, {exitAfter: 2s, exitCode: 0}]}
  init2: {runs: [{exitAfter: 1s}]}`);
    // exit 1 at 2 s → restart at once; exit 1 at 4 s → back-off 10 s → restart at 14 s; exit 0 at 16 s.
    expect(q.times('ContainerStarted', 'init1')).toEqual([0, 2000, 14_000]);
    expect(q.times('ContainerStarted', 'init2')).toEqual([16_000]);
    expect(q.times('ContainerStarted', 'app')).toEqual([17_000]);
    expect(q.phases()).toEqual(['Pending', 'Running']);
    expect(q.container('init1', 13_000).restartCount).toBe(1);
    expect(q.container('init1', 17_000).restartCount).toBe(2);
    const shown = q.trace.snapshots.filter((s) => s.at <= 14_000).map((s) => printPod(q.scenario.pod.spec, s.status, null).status);
    expect(shown).toContain('Init:Error');
    expect(shown).toContain('Init:CrashLoopBackOff');
  });

  it('under Always an init container is restarted as under OnFailure (R2.3)', () => {
    const q = run(`${twoInits('Always')}
containers:
  init1: {runs: [{exitAfter: 1s, exitCode: 1}, {exitAfter: 1s, exitCode: 0}]}
  init2: {runs: [{exitAfter: 1s}]}`);
    expect(q.times('ContainerStarted', 'init1')).toEqual([0, 1000]);
    expect(q.times('ContainerStarted', 'app')).toEqual([3000]);
  });

  it('under Never a failed init container fails the pod; nothing after it starts (R2.3, R1.3 D1)', () => {
    const q = run(`${twoInits('Never')}
containers:
  init1: {runs: [{exitAfter: 2s, exitCode: 1}]}`);
    expect(q.phases()).toEqual(['Pending', 'Failed']);
    expect(q.firstTime('Failed')).toBe(2000);
    expect(q.times('ContainerStarted', 'init2')).toEqual([]);
    expect(q.times('ContainerStarted', 'app')).toEqual([]);
    expect(q.times('ContainerStarted', 'init1')).toEqual([0]);
  });

  it('changing the image of a completed init container does nothing (R2.4, E9)', () => {
    const q = run(`${twoInits('Always')}
containers:
  init1: {runs: [{exitAfter: 1s}]}
  init2: {runs: [{exitAfter: 1s}]}
faults:
  - {at: 10s, type: UpdateImage, container: init1, image: "busybox:1.37"}`);
    expect(q.events('FaultInjected')[0]?.outcome).toBe('applied');
    expect(q.times('ContainerStarted', 'init1')).toEqual([0]);
    expect(q.times('ContainerStarted', 'app')).toEqual([2000]);
    expect(q.phaseAt(59_000)).toBe('Running');
  });

  it('deleting a pod during initialization ends Failed; the running init container got the grace period (R1.8)', () => {
    const q = run(`${twoInits('Always')}
containers:
  init1: {runs: [{}], onSigterm: {exitAfter: 1s, exitCode: 0}}
faults:
  - {at: 5s, type: DeletePod}`);
    expect(q.times('SignalSent', 'init1')).toEqual([5000]);
    expect(q.events('ContainerExited', 'init1')[0]).toMatchObject({ at: 6000, exitCode: 0 });
    expect(q.last.status.phase).toBe('Failed');
    expect(q.last.at).toBe(6000);
    expect(q.times('PodRemoved')).toEqual([6000]);
  });
});
