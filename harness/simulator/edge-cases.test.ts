import { describe, expect, it } from 'vitest';
import { printPod } from '../../specs/kubectl/print-pod.js';
import { simulateExample } from './testing/simulate-example.js';
import type { TraceQuery } from './testing/trace-query.js';

// The edge cases E1–E25 of SEMANTICS.md section 12, one example file each, checked against the table.
const shown = (q: TraceQuery) => q.trace.snapshots.map((s) => printPod(q.scenario.pod.spec, s.status, s.deletionTimestamp).status);

describe('edge cases E1–E25 (SEMANTICS.md §12)', () => {
  it('E1: a container that never started holds the pod Pending', () => {
    const q = simulateExample('e01-unstarted-container-holds-pending');
    expect(q.container('app', 60_000).state.running).toBeDefined();
    expect(q.phases()).toEqual(['Pending']);
  });

  it('E2: Never + unpullable image: Pending for ever, never Failed', () => {
    const q = simulateExample('e02-never-unpullable-stays-pending');
    expect(q.phases()).toEqual(['Pending']);
    expect(q.events('ImagePullFailed', 'app').length).toBeGreaterThan(3);
  });

  it('E3: Always + exit 0: Running, restarted', () => {
    const q = simulateExample('e03-always-exit-zero-stays-running');
    expect(q.phases()).toEqual(['Pending', 'Running']);
    expect(q.container('app', 170_000).restartCount).toBeGreaterThan(2);
  });

  it('E4: deleted, exits 0 on SIGTERM: Succeeded, then removed', () => {
    const q = simulateExample('e04-delete-exit-zero-succeeds');
    expect(q.last.status.phase).toBe('Succeeded');
    expect(q.times('PodRemoved')).toEqual([12_000]);
  });

  it('E4: deleted before any container started: Failed, ContainerStatusUnknown/137', () => {
    const q = simulateExample('e04b-delete-never-started-fails');
    expect(q.last.status.phase).toBe('Failed');
    expect(q.last.status.containerStatuses[0]?.state.terminated).toMatchObject({ reason: 'ContainerStatusUnknown', exitCode: 137 });
  });

  it('E5: restart at once, then 10, 20, 40, 80, 160, 300, 300 s', () => {
    const q = simulateExample('e05-crash-loop-back-off');
    const exits = q.times('ContainerExited', 'app');
    const delays = q.times('ContainerStarted', 'app').slice(1).map((s, i) => (s - exits[i]!) / 1000);
    expect(delays.slice(0, 8)).toEqual([0, 10, 20, 40, 80, 160, 300, 300]);
    expect(shown(q)).toContain('CrashLoopBackOff');
  });

  it('E6: only a run longer than 10 minutes resets the back-off', () => {
    const q = simulateExample('e06-back-off-reset');
    const exits = q.times('ContainerExited', 'app');
    const delays = q.times('ContainerStarted', 'app').slice(1).map((s, i) => (s - exits[i]!) / 1000);
    expect(delays.slice(0, 5)).toEqual([0, 10, 20, 0, 10]);
  });

  it('E7: Ready stays True while Terminating; False at the terminal phase', () => {
    const q = simulateExample('e07-ready-while-terminating');
    expect(q.at(20_000).deletionTimestamp).not.toBeNull();
    expect(q.condition('Ready', 24_999)?.status).toBe('True');
    expect(q.condition('Ready', 25_000)).toMatchObject({ status: 'False', reason: 'PodCompleted' });
  });

  it('E8: no terminal phase while the sidecar may still run', () => {
    const q = simulateExample('e08-terminal-phase-waits-for-sidecar');
    expect(q.firstTime('Succeeded')).toBe(15_000);
    for (const s of q.trace.snapshots) {
      if (s.status.phase === 'Succeeded') expect([...s.status.initContainerStatuses, ...s.status.containerStatuses].some((c) => c.state.running)).toBe(false);
    }
  });

  it('E9: changing a completed init container image does nothing', () => {
    const q = simulateExample('e09-init-image-change-does-nothing');
    expect(q.times('ContainerStarted', 'setup')).toEqual([0]);
    expect(q.times('ContainerStarted', 'app')).toEqual([2000]);
  });

  it('E10: sidecar preStop at once, its SIGTERM after the app exited', () => {
    const q = simulateExample('e10-sidecar-termination-order');
    expect(q.events('HookStarted', 'proxy')[0]?.at).toBe(10_000);
    expect(q.times('SignalSent', 'app')).toEqual([10_000]);
    expect(q.times('SignalSent', 'proxy')).toEqual([14_000]);
  });

  it('E11: job with sidecar: Succeeded, sidecar exit 143 ignored', () => {
    const q = simulateExample('e11-job-with-sidecar-succeeds');
    expect(q.last.status.phase).toBe('Succeeded');
    expect(q.container('proxy', 59_000).state.terminated?.exitCode).toBe(143);
  });

  it('E12: OnFailure, failing container in back-off: Running', () => {
    const q = simulateExample('e12-on-failure-backoff-is-running');
    expect(q.phases()).toEqual(['Pending', 'Running']);
  });

  it('E13: a vanished container: Waiting with lastState ContainerStatusUnknown/137, restartCount + 1, started again', () => {
    const q = simulateExample('e13-vanished-container');
    const vanished = q.trace.snapshots.find((s) => s.status.containerStatuses[0]?.lastState.terminated?.reason === 'ContainerStatusUnknown');
    expect(vanished?.status.containerStatuses[0]).toMatchObject({
      state: { waiting: { reason: 'ContainerCreating' } },
      lastState: { terminated: { exitCode: 137, message: 'The container could not be located when the pod was deleted.  The container used to be Running' } },
      restartCount: 1,
    });
    expect(q.events('ContainerStarted', 'app').map((e) => [e.at, e.restartCount])).toEqual([[0, 0], [10_000, 1]]);
  });

  it('E14: preStop longer than the grace period: abandoned, then 2 s until SIGKILL', () => {
    const q = simulateExample('e14-prestop-longer-than-grace');
    expect(q.events('HookFinished', 'app')[0]).toMatchObject({ at: 15_000, result: 'Abandoned' });
    expect(q.events('SignalSent', 'app').map((e) => [e.at, e.signal])).toEqual([[15_000, 'SIGTERM'], [17_000, 'SIGKILL']]);
  });

  it('E15: a blocking postStart holds the container and the next one', () => {
    const q = simulateExample('e15-poststart-blocks');
    expect(q.container('first', 9_999).state.running).toBeUndefined();
    expect(q.times('ContainerStarted', 'second')).toEqual([10_000]);
  });

  it('E16: a second delete with a longer grace is ignored', () => {
    const q = simulateExample('e16-second-delete-longer-grace-ignored');
    expect(q.events('FaultInjected').map((e) => e.outcome)).toEqual(['applied', 'ignored']);
    expect(q.at(11_000)).toMatchObject({ deletionTimestamp: 25_000, deletionGracePeriodSeconds: 20 });
    expect(q.events('SignalSent', 'app').map((e) => [e.at, e.signal])).toEqual([[5000, 'SIGTERM'], [25_000, 'SIGKILL']]);
  });

  it('E17: deadline from startTime, init included; Failed/DeadlineExceeded once stopped', () => {
    const q = simulateExample('e17-active-deadline');
    expect(q.times('SignalSent', 'app')).toEqual([30_000, 35_000]);
    expect(q.firstTime('Failed')).toBe(35_000);
    expect(q.last.status.reason).toBe('DeadlineExceeded');
  });

  it('E18: unreachable node: Ready False, phase unchanged, eviction after 50 s + 300 s, Terminating until it returns', () => {
    const q = simulateExample('e18-node-unreachable');
    expect(q.condition('Ready', 60_000)?.status).toBe('False');
    expect(q.phaseAt(400_000)).toBe('Running');
    expect(q.events('DeletionRequested')).toMatchObject([{ at: 360_000, by: 'taint-eviction' }]);
    expect(shown(q)).toContain('Terminating');
    expect(q.times('PodRemoved')).toEqual([420_000]);
  });

  it('E19: a message change alone keeps lastTransitionTime', () => {
    const q = simulateExample('e19-message-change-keeps-transition-time');
    expect(q.condition('ContainersReady', 5_000)?.message).toBe('containers with unready status: [a b]');
    expect(q.condition('ContainersReady', 15_000)).toMatchObject({ message: 'containers with unready status: [b]', lastTransitionTime: 0 });
  });

  it('E20: init containers count for QoS; limits-only is Guaranteed on its own; ephemeral-storage does not count', () => {
    const q = simulateExample('e20-qos-with-init-containers');
    expect(q.last.status.qosClass).toBe('Burstable');
  });

  it('E21: reboot: init re-runs, Running → Pending → Running, restartCount grows', () => {
    const q = simulateExample('e21-node-reboot-reinitializes');
    expect(q.phases()).toEqual(['Pending', 'Running', 'Pending', 'Running']);
    expect(q.times('ContainerStarted', 'setup')).toEqual([0, 20_000]);
    expect(q.container('app', 59_000).restartCount).toBe(1);
  });

  it('E22: liveness failure under Never: killed, not restarted, Failed', () => {
    const q = simulateExample('e22-liveness-failure-under-never');
    expect(q.times('ContainerStarted', 'app')).toEqual([0]);
    // With nothing left to keep, computePodActions kills the whole pod (keepCount == 0), not just the container.
    expect(q.times('ContainerKilling', 'app')).toEqual([35_000]);
    expect(q.last.status.phase).toBe('Failed');
  });

  it('E23: Init:0/2, Init:Error, Init:CrashLoopBackOff, Init:1/2', () => {
    const q = simulateExample('e23-init-status-in-kubectl');
    const seen = shown(q);
    for (const s of ['Init:0/2', 'Init:Error', 'Init:CrashLoopBackOff', 'Init:1/2', 'Running']) expect(seen).toContain(s);
  });

  it('E24: a sidecar restarts under Never', () => {
    const q = simulateExample('e24-sidecar-restarts-under-never');
    expect(q.times('ContainerStarted', 'proxy').length).toBeGreaterThan(2);
    expect(q.phases()).toEqual(['Pending', 'Running']);
  });

  it('E25: Waiting after an exit 0 when the pod terminates: Failed', () => {
    const q = simulateExample('e25-waiting-at-termination-fails');
    const beforeTerminal = q.trace.snapshots[q.trace.snapshots.length - 2]!.status.containerStatuses[0]!;
    expect(beforeTerminal.state.waiting?.reason).toBe('CrashLoopBackOff');
    expect(beforeTerminal.lastState.terminated?.exitCode).toBe(0);
    expect(q.last.status.phase).toBe('Failed');
    // TerminatePod records the container that never came back as ContainerStatusUnknown (R1.8)
    expect(q.last.status.containerStatuses[0]?.state.terminated?.reason).toBe('ContainerStatusUnknown');
  });
});
