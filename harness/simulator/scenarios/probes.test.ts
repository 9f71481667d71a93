import { describe, expect, it } from 'vitest';
import { run } from '../testing/trace-query.js';

// Section 3 of SEMANTICS.md (probes). Expected values worked out from the rules cited.
const withProbes = (probes: string, restartPolicy = 'Always', extra = '') => `
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 2m
pod:
  metadata: {name: p}
  spec:
    restartPolicy: ${restartPolicy}${extra}
    containers:
      - name: app
        image: busybox:1.36
${probes}`;

describe('probes (R3.1–R3.11)', () => {
  it('readiness starts Failure, becomes ready at the first success; Ready follows (R3.3, R3.5, R3.6)', () => {
    const q = run(`${withProbes('        readinessProbe: {exec: {command: [ready]}}')}
containers:
  app:
    probes:
      readiness: [{at: 0s, result: Failure}, {at: 20s, result: Success}]`);
    // default period 10 s: probes at 0 (F), 10 (F), 20 (S) → ready at 20 s
    expect(q.events('ProbeResult', 'app').slice(0, 3).map((e) => [e.at, e.result])).toEqual([[0, 'Failure'], [10_000, 'Failure'], [20_000, 'Success']]);
    expect(q.container('app', 19_999).ready).toBe(false);
    expect(q.container('app', 20_000).ready).toBe(true);
    expect(q.condition('Ready', 20_000)).toMatchObject({ status: 'True', lastTransitionTime: 20_000 });
    expect(q.times('ContainerStarted', 'app')).toEqual([0]); // readiness never restarts (R3.9)
  });

  it('liveness failing past the threshold kills and restarts the container (R3.6, R3.7)', () => {
    const q = run(`${withProbes('        livenessProbe: {exec: {command: [alive]}}')}
containers:
  app:
    probes:
      liveness: [{at: 0s, result: Success}, {at: 25s, result: Failure}]`);
    // probes at 30, 40, 50 fail (threshold 3) → killed at 50 s, restarted at once (no exited record yet, R4.4)
    expect(q.events('ContainerKilling', 'app')[0]).toMatchObject({ at: 50_000, reason: 'LivenessProbe', gracePeriodSeconds: 30 });
    expect(q.times('ContainerStarted', 'app')).toEqual([0, 50_000, 100_000]);
    const c = q.container('app', 60_000);
    expect(c.restartCount).toBe(1);
    expect(c.lastState.terminated).toMatchObject({ exitCode: 0, reason: 'Completed', startedAt: 0, finishedAt: 50_000 });
  });

  it('liveness failure under Never: killed, not restarted, the pod fails (R3.7, E22)', () => {
    const q = run(`${withProbes('        livenessProbe: {exec: {command: [alive]}, failureThreshold: 1}', 'Never')}
containers:
  app:
    onSigterm: {exitCode: 143}
    probes:
      liveness: [{at: 0s, result: Success}, {at: 15s, result: Failure}]`);
    expect(q.times('ContainerKilling', 'app')).toEqual([20_000]);
    expect(q.times('ContainerStarted', 'app')).toEqual([0]);
    expect(q.firstTime('Failed')).toBe(20_000);
  });

  it('until the startup probe succeeds, liveness and readiness do not run (R3.4)', () => {
    const q = run(`${withProbes(`        startupProbe: {exec: {command: [s]}, failureThreshold: 30}
        livenessProbe: {exec: {command: [l]}}
        readinessProbe: {exec: {command: [r]}}`)}
containers:
  app:
    probes:
      startup: [{at: 0s, result: Failure}, {at: 25s, result: Success}]`);
    const byProbe = (p: string) => q.events('ProbeResult', 'app').filter((e) => e.probe === p).map((e) => e.at);
    expect(byProbe('startup')).toEqual([0, 10_000, 20_000, 30_000]);
    expect(byProbe('liveness')[0]).toBe(30_000);
    expect(byProbe('readiness')[0]).toBe(30_000);
    expect(q.container('app', 29_999)).toMatchObject({ started: false, ready: false });
    expect(q.container('app', 30_000)).toMatchObject({ started: true, ready: true });
  });

  it('a startup probe that keeps failing kills the container (R3.8)', () => {
    const q = run(`${withProbes('        startupProbe: {exec: {command: [s]}, periodSeconds: 5, failureThreshold: 3}')}
containers:
  app:
    probes:
      startup: [{at: 0s, result: Failure}]`);
    expect(q.events('ContainerKilling', 'app')[0]).toMatchObject({ at: 10_000, reason: 'StartupProbe' });
    expect(q.times('ContainerStarted', 'app').slice(0, 2)).toEqual([0, 10_000]);
  });

  it("a liveness kill uses the probe's terminationGracePeriodSeconds (R3.10)", () => {
    const q = run(`${withProbes('        livenessProbe: {exec: {command: [l]}, failureThreshold: 1, terminationGracePeriodSeconds: 5}', 'Always', '\n    terminationGracePeriodSeconds: 60')}
containers:
  app:
    onSigterm: {ignore: true}
    probes:
      liveness: [{at: 0s, result: Failure}]`);
    expect(q.events('ContainerKilling', 'app')[0]).toMatchObject({ at: 0, gracePeriodSeconds: 5 });
    expect(q.events('SignalSent', 'app').slice(0, 2).map((e) => [e.at, e.signal])).toEqual([[0, 'SIGTERM'], [5000, 'SIGKILL']]);
    expect(q.events('ContainerExited', 'app')[0]).toMatchObject({ at: 5000, exitCode: 137 });
  });

  it('successThreshold counts consecutive successes (R3.6)', () => {
    const q = run(`${withProbes('        readinessProbe: {exec: {command: [r]}, periodSeconds: 5, successThreshold: 3}')}`);
    expect(q.container('app', 9_999).ready).toBe(false);
    expect(q.container('app', 10_000).ready).toBe(true);
  });

  it('initialDelaySeconds delays the first probe from the container start (R3.4)', () => {
    const q = run(`${withProbes('        readinessProbe: {exec: {command: [r]}, initialDelaySeconds: 15}')}`);
    expect(q.events('ProbeResult', 'app')[0]?.at).toBe(15_000);
    expect(q.container('app', 14_999).ready).toBe(false);
  });

  it('readiness keeps probing during deletion; Ready stays True until the terminal phase (R3.11, E7)', () => {
    const q = run(`${withProbes('        readinessProbe: {exec: {command: [r]}}')}
containers:
  app: {onSigterm: {exitAfter: 20s}}
faults:
  - {at: 10s, type: DeletePod}`);
    expect(q.at(10_000).deletionTimestamp).toBe(40_000);
    expect(q.condition('Ready', 29_999)?.status).toBe('True');
    expect(q.events('ProbeResult', 'app').map((e) => e.at)).toEqual([0, 10_000, 20_000]);
    expect(q.last.status.phase).toBe('Succeeded');
    expect(q.condition('Ready', 30_000)).toMatchObject({ status: 'False', reason: 'PodCompleted' });
  });

  it('past the active deadline the readiness worker exits at its next tick: no probe after the terminal phase (R3.12, R5.10)', () => {
    // worker.go doProbe: "Worker should terminate if pod is terminated" — the status manager holds
    // Failed (DeadlineExceeded) from 5 s, while the API keeps Running until the containers stop (R1.6).
    const q = run(`${withProbes('        readinessProbe: {exec: {command: [r]}, periodSeconds: 2, failureThreshold: 1}', 'Always', '\n    activeDeadlineSeconds: 5\n    terminationGracePeriodSeconds: 20')}
containers:
  app:
    onSigterm: {ignore: true}
    probes:
      readiness: [{at: 0s, result: Failure}]`);
    // probes at 0, 2, 4 s; the deadline sync at 5 s kills the pod; the tick at 6 s finds the phase terminal and ends
    expect(q.events('ProbeResult', 'app').map((e) => e.at)).toEqual([0, 2_000, 4_000]);
    expect(q.events('ContainerKilling', 'app')[0]).toMatchObject({ at: 5_000, reason: 'PodTermination' });
    expect(q.times('ContainerExited', 'app')).toEqual([25_000]); // SIGTERM ignored: SIGKILL after the 20 s grace
    expect(q.container('app', 24_999).ready).toBe(false);
    expect(q.last.status).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded' });
  });

  it('a probe aimed at an instance that has exited errors and is discarded, even while the status still shows it (R3.6)', () => {
    // a's kill holds the pod worker from 10 s to 20 s; b exits at 12 s but the status shows it running until 20 s
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 30s
pod:
  metadata: {name: p}
  spec:
    terminationGracePeriodSeconds: 10
    containers:
      - name: a
        image: busybox:1.36
        livenessProbe: {exec: {command: [alive]}, periodSeconds: 10, failureThreshold: 1}
      - name: b
        image: busybox:1.36
        readinessProbe: {exec: {command: [ready]}, periodSeconds: 1}
containers:
  a:
    onSigterm: {ignore: true}
    probes:
      liveness: [{at: 0s, result: Success}, {at: 10s, result: Failure}]
  b:
    runs: [{exitAfter: 12s, exitCode: 1}, {}]`);
    expect(q.container('b', 15_000).state.running).toBeDefined(); // the status is stale …
    const during = q.events('ProbeResult', 'b').filter((e) => e.at > 12_000 && e.at < 20_000);
    expect(during).toEqual([]); // … but nothing was executed in a process that is gone
  });
});
