import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { ScenarioClock } from './scenario-clock.js';
import { v1PodDeletionGrace, v1PodIdentity, v1PodToObservation } from './v1-pod-to-snapshot.js';

const clock = new ScenarioClock(Date.parse('2026-11-23T10:59:20Z'));
const ctx = { clock, scenarioImage: (ref: string) => (ref === 'podlife.local/workload:1' ? 'busybox:1.36' : ref) };

/** As a watch delivers it: raw JSON, timestamps as strings (shape taken from a v1.34 node). */
const pod = {
  metadata: { name: 'p5', namespace: 't1', uid: 'u-1', resourceVersion: '812', creationTimestamp: '2026-11-23T10:59:20Z', deletionTimestamp: '2026-11-23T11:00:50Z', deletionGracePeriodSeconds: 30 },
  status: {
    phase: 'Running',
    qosClass: 'BestEffort',
    startTime: '2026-11-23T10:59:21Z',
    conditions: [
      { type: 'PodReadyToStartContainers', status: 'True', lastTransitionTime: '2026-11-23T10:59:22Z' },
      { type: 'Ready', status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [app]', lastTransitionTime: '2026-11-23T11:00:11Z' },
    ],
    initContainerStatuses: [{
      name: 'setup', image: 'podlife.local/workload:1', imageID: 'sha256:bb', ready: true, restartCount: 1, started: false,
      containerID: 'containerd://c637',
      state: { terminated: { containerID: 'containerd://c637', exitCode: 0, reason: 'Completed', startedAt: '2026-11-23T11:00:13Z', finishedAt: '2026-11-23T11:00:15Z' } },
    }],
    containerStatuses: [{
      name: 'app', image: 'podlife.local/workload:1', imageID: 'sha256:bb', ready: false, restartCount: 1, started: true,
      containerID: 'containerd://d001',
      state: { running: { startedAt: '2026-11-23T11:00:16Z' } },
      lastState: { terminated: { containerID: 'containerd://a39d', exitCode: 255, reason: 'Unknown', startedAt: '2026-11-23T10:59:32Z', finishedAt: '2026-11-23T11:00:11Z' } },
    }],
  },
} as unknown as V1Pod;

describe('v1PodToObservation', () => {
  const obs = v1PodToObservation(pod, 57_345, ctx, { ready: '0/1', status: 'Terminating', restarts: 1 });

  it('maps the status into trace time (ms since the creation second)', () => {
    const s = obs.snapshot;
    expect(s.at).toBe(57_345);
    expect(s.deletionTimestamp).toBe(90_000);
    expect(s.deletionGracePeriodSeconds).toBe(30);
    expect(s.status.phase).toBe('Running');
    expect(s.status.startTime).toBe(1000);
    expect(s.status.conditions).toEqual([
      { type: 'PodReadyToStartContainers', status: 'True', lastTransitionTime: 2000 },
      { type: 'Ready', status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [app]', lastTransitionTime: 51_000 },
    ]);
    expect(s.printed).toEqual({ ready: '0/1', status: 'Terminating', restarts: 1 });
  });

  it('maps container statuses, naming the scenario image', () => {
    const [app] = obs.snapshot.status.containerStatuses;
    expect(app).toEqual({
      name: 'app', image: 'busybox:1.36', ready: false, started: true, restartCount: 1, containerID: 'containerd://d001',
      state: { running: { startedAt: 56_000 } },
      lastState: { terminated: { exitCode: 255, reason: 'Unknown', startedAt: 12_000, finishedAt: 51_000 } },
    });
    expect(obs.snapshot.status.initContainerStatuses[0]?.state.terminated).toEqual({ exitCode: 0, reason: 'Completed', startedAt: 53_000, finishedAt: 55_000 });
  });

  it('sights every instance a status names, current and previous, by containerID', () => {
    expect(obs.sightings).toEqual([
      { container: 'setup', containerID: 'containerd://c637', restartCount: 1, current: true, startedAt: 53_000, terminated: { exitCode: 0, reason: 'Completed', finishedAt: 55_000 } },
      { container: 'app', containerID: 'containerd://d001', restartCount: 1, current: true, startedAt: 56_000 },
      { container: 'app', containerID: 'containerd://a39d', restartCount: undefined, current: false, startedAt: 12_000, terminated: { exitCode: 255, reason: 'Unknown', finishedAt: 51_000 } },
    ]);
  });

  it('fills what a fresh pod lacks: Pending, no statuses, no startTime', () => {
    const fresh = v1PodToObservation({ metadata: { name: 'p', uid: 'u' }, status: { qosClass: 'Burstable' } } as V1Pod, 10, ctx).snapshot;
    expect(fresh).toEqual({
      at: 10, deletionTimestamp: null, deletionGracePeriodSeconds: null,
      status: { phase: 'Pending', conditions: [], initContainerStatuses: [], containerStatuses: [], qosClass: 'Burstable', startTime: null },
    });
  });

  it('reads identity and a DELETE response\'s grace', () => {
    expect(v1PodIdentity(pod)).toEqual({ uid: 'u-1', resourceVersion: '812', creationTimestamp: '2026-11-23T10:59:20Z' });
    expect(v1PodDeletionGrace(pod)).toBe(30);
    expect(v1PodDeletionGrace({ metadata: { name: 'p' } } as V1Pod)).toBeNull();
  });
});
