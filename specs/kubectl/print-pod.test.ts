import { describe, expect, it } from 'vitest';
import type { ContainerStatus } from '../model/container-status.js';
import type { PodSpec } from '../model/pod-manifest.js';
import type { PodStatus } from '../model/pod-status.js';
import { printPod } from './print-pod.js';

// Expected columns worked out from SEMANTICS.md R11 and edge cases E1, E23.
const c = (name: string, state: ContainerStatus['state'], extra: Partial<ContainerStatus> = {}): ContainerStatus => ({
  name, image: 'busybox', state, lastState: {}, ready: false, started: false, restartCount: 0, ...extra,
});
const status = (extra: Partial<PodStatus>): PodStatus => ({
  phase: 'Pending', conditions: [], initContainerStatuses: [], containerStatuses: [], qosClass: 'BestEffort', startTime: 0, ...extra,
});
const twoInits: PodSpec = { initContainers: [{ name: 'i1', image: 'b' }, { name: 'i2', image: 'b' }], containers: [{ name: 'app', image: 'b' }] };

describe('printPod (R11)', () => {
  it('shows Init:0/2 while the first init container runs', () => {
    const p = printPod(twoInits, status({ initContainerStatuses: [c('i1', { running: { startedAt: 0 } }), c('i2', { waiting: { reason: 'PodInitializing' } })], containerStatuses: [c('app', { waiting: { reason: 'PodInitializing' } })] }), null);
    expect(p.status).toBe('Init:0/2');
    expect(p.ready).toBe('0/1');
  });

  it('shows Init:CrashLoopBackOff and counts init restarts while initializing (E23)', () => {
    const p = printPod(twoInits, status({
      initContainerStatuses: [c('i1', { waiting: { reason: 'CrashLoopBackOff' } }, { restartCount: 3 }), c('i2', { waiting: { reason: 'PodInitializing' } })],
      containerStatuses: [c('app', { waiting: { reason: 'PodInitializing' } })],
    }), null);
    expect(p.status).toBe('Init:CrashLoopBackOff');
    expect(p.restarts).toBe(3);
  });

  it('shows Init:Error for a failed init container, Init:ExitCode:N without a reason', () => {
    const failed = (reason: string) => printPod(twoInits, status({ initContainerStatuses: [c('i1', { terminated: { exitCode: 3, reason, startedAt: 0, finishedAt: 1 } })], containerStatuses: [] }), null);
    expect(failed('Error').status).toBe('Init:Error');
    expect(failed('').status).toBe('Init:ExitCode:3');
  });

  it('shows PodInitializing after init completed but before the app container exists', () => {
    const p = printPod(twoInits, status({
      conditions: [{ type: 'Initialized', status: 'True', lastTransitionTime: 0 }],
      initContainerStatuses: [c('i1', { terminated: { exitCode: 0, reason: 'Completed', startedAt: 0, finishedAt: 1 } }), c('i2', { terminated: { exitCode: 0, reason: 'Completed', startedAt: 1, finishedAt: 2 } })],
      containerStatuses: [c('app', { waiting: { reason: 'PodInitializing' } })],
    }), null);
    expect(p.status).toBe('PodInitializing');
  });

  it('lets the lowest-index waiting container decide, and counts ready running ones', () => {
    const spec: PodSpec = { containers: [{ name: 'a', image: 'b' }, { name: 'b', image: 'b' }] };
    const p = printPod(spec, status({ phase: 'Pending', containerStatuses: [c('a', { waiting: { reason: 'ImagePullBackOff' } }), c('b', { running: { startedAt: 0 } }, { ready: true })] }), null);
    expect(p.status).toBe('ImagePullBackOff');
    expect(p.ready).toBe('1/2');
  });

  it('counts restarts only up to the init container the init loop stops at (a v1.34.10 API server printed this)', () => {
    // side0 was OOM-killed (not started): the loop stops there, so side1 — running, ready, restarted
    // once — adds neither to READY nor to RESTARTS. Initialized is True, so the regular containers
    // count: app is running and ready (READY 1/3) and leaves STATUS as Init:OOMKilled.
    const spec: PodSpec = {
      initContainers: [{ name: 'side0', image: 'b', restartPolicy: 'Always' }, { name: 'side1', image: 'b', restartPolicy: 'Always' }],
      containers: [{ name: 'app', image: 'b' }],
    };
    const p = printPod(spec, status({
      phase: 'Running',
      conditions: [{ type: 'Initialized', status: 'True', lastTransitionTime: 0 }],
      initContainerStatuses: [
        c('side0', { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: 0, finishedAt: 8000 } }),
        c('side1', { running: { startedAt: 7000 } }, { started: true, ready: true, restartCount: 1, lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: 0, finishedAt: 6000 } } }),
      ],
      containerStatuses: [c('app', { running: { startedAt: 1000 } }, { started: true, ready: true })],
    }), null);
    expect(p).toEqual({ ready: '1/3', status: 'Init:OOMKilled', restarts: 0, lastRestartAt: null });
  });

  it('counts a started, ready sidecar in READY and its restarts in RESTARTS', () => {
    const spec: PodSpec = { initContainers: [{ name: 'side', image: 'b', restartPolicy: 'Always' }], containers: [{ name: 'app', image: 'b' }] };
    const p = printPod(spec, status({
      phase: 'Running',
      conditions: [{ type: 'Initialized', status: 'True', lastTransitionTime: 0 }],
      initContainerStatuses: [c('side', { running: { startedAt: 0 } }, { started: true, ready: true, restartCount: 2 })],
      containerStatuses: [c('app', { running: { startedAt: 1 } }, { started: true, ready: true, restartCount: 1 })],
    }), null);
    expect(p).toMatchObject({ ready: '2/2', status: 'Running', restarts: 3 });
  });

  it('shows Terminating for a deleted non-terminal pod, but the phase for a terminal one', () => {
    const spec: PodSpec = { containers: [{ name: 'app', image: 'b' }] };
    const running = status({ phase: 'Running', containerStatuses: [c('app', { running: { startedAt: 0 } }, { ready: true })] });
    expect(printPod(spec, running, 5000).status).toBe('Terminating');
    const done = status({ phase: 'Succeeded', containerStatuses: [c('app', { terminated: { exitCode: 0, reason: 'Completed', startedAt: 0, finishedAt: 1 } })] });
    expect(printPod(spec, done, 5000).status).toBe('Completed');
  });
});
