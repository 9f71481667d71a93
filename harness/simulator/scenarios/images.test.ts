import { describe, expect, it } from 'vitest';
import { run } from '../testing/trace-query.js';

// R4.3 image-pull back-off, R4.8 waiting reasons.
describe('image pulls (R4.3)', () => {
  it('retries a failing pull after 10 s, 20 s, 40 s … counted from the last attempt; starts once the image can be had', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 2m
pod:
  metadata: {name: p}
  spec:
    containers: [{name: app, image: busybox:1.36}]
faults:
  - {at: 0s, type: ImagePullFailure, container: app, until: 65s}`);
    // attempts at 0 (back-off 10), 10 (→ 20), 30 (→ 40); the pod worker re-syncs every 10 s in between
    expect(q.times('ImagePullFailed', 'app')).toEqual([0, 10_000, 30_000]);
    expect(q.times('ImagePullBackOff', 'app')).toEqual([20_000, 40_000, 50_000, 60_000]);
    expect(q.times('ContainerStarted', 'app')).toEqual([70_000]);
    const reasons = new Set(q.trace.snapshots.map((s) => s.status.containerStatuses[0]?.state.waiting?.reason).filter(Boolean));
    expect(reasons).toEqual(new Set(['ContainerCreating', 'ErrImagePull', 'ImagePullBackOff']));
  });

  it('imagePullPolicy Never with the image absent shows ErrImageNeverPull', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 30s
pod:
  metadata: {name: p}
  spec:
    containers: [{name: app, image: busybox:1.36, imagePullPolicy: Never}]
faults:
  - {at: 0s, type: ImagePullFailure, container: app}`);
    expect(q.container('app', 29_000).state.waiting?.reason).toBe('ErrImageNeverPull');
    // no pull, but every attempt fails for want of the image (the kubelet's ErrImageNeverPull event), every 10 s re-sync
    expect(q.times('ImagePullFailed', 'app')).toEqual([0, 10_000, 20_000, 30_000]); // the horizon (30 s) included
  });
});
