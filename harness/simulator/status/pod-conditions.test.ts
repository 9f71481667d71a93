import { describe, expect, it } from 'vitest';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { Container, PodSpec } from '../../../specs/model/pod-manifest.js';
import { containersReadyCondition, initializedCondition, NotMetConditions } from './pod-conditions.js';
import { newContainerStatus } from './status-objects.js';

const container = (name: string, sidecar = false): Container => ({ name, image: 'busybox:1.36', ...(sidecar ? { restartPolicy: 'Always' as const } : {}) });
const running = (name: string, ready: boolean, started = true): ContainerStatus => ({
  ...newContainerStatus(name, 'busybox:1.36', { running: { startedAt: 0 } }, 0, `sim://${name}`),
  ready,
  started,
});

describe('ContainersReady (generate.go GenerateContainersReadyCondition)', () => {
  const spec: PodSpec = { initContainers: [container('setup'), container('proxy', true)], containers: [container('a'), container('b'), container('c')] };

  it('names the unknown sidecar first, then the unready containers in spec order', () => {
    const statuses = [running('setup', true), running('a', false), running('b', true), running('c', false)];
    expect(containersReadyCondition(spec, statuses, 'Running')).toEqual({
      type: 'ContainersReady',
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unknown status: [proxy], containers with unready status: [a c]',
    });
  });

  it('gives the very same condition for the same containers again when it may remember (later comparisons are by identity)', () => {
    const made = new NotMetConditions();
    const first = containersReadyCondition(spec, [running('proxy', true), running('a', false), running('b', true), running('c', true)], 'Running', made);
    const again = containersReadyCondition(spec, [running('proxy', true), running('a', false), running('b', true), running('c', true)], 'Running', made);
    expect(again).toBe(first);
    expect(first.message).toBe('containers with unready status: [a]');
    const other = containersReadyCondition(spec, [running('proxy', true), running('a', true), running('b', false), running('c', true)], 'Running', made);
    expect(other.message).toBe('containers with unready status: [b]');
    const unremembered = containersReadyCondition(spec, [running('proxy', true), running('a', false), running('b', true), running('c', true)], 'Running');
    expect(unremembered).not.toBe(first);
    expect(unremembered).toEqual(first);
  });

  it('names the right containers in a pod of more than 30', () => {
    const many: PodSpec = { containers: Array.from({ length: 33 }, (_, i) => container(`c${i}`)) };
    const statuses = many.containers.map((c, i) => running(c.name, i !== 2 && i !== 31));
    // c32 has no status at all.
    expect(containersReadyCondition(many, statuses.slice(0, 32), 'Running', new NotMetConditions()).message).toBe('containers with unknown status: [c32], containers with unready status: [c2 c31]');
  });
});

describe('Initialized (generate.go GeneratePodInitializedCondition)', () => {
  it('names the init containers not done while no regular container has started', () => {
    const spec: PodSpec = { initContainers: [container('first'), container('side', true), container('last')], containers: [container('app')] };
    const statuses = [
      { ...newContainerStatus('first', 'busybox:1.36', { terminated: { exitCode: 0, reason: 'Completed', startedAt: 0, finishedAt: 1 } }, 0), ready: true },
      running('side', true, false),
      newContainerStatus('app', 'busybox:1.36', { waiting: { reason: 'PodInitializing' } }, 0),
    ];
    expect(initializedCondition(spec, statuses, 'Pending')).toEqual({
      type: 'Initialized',
      status: 'False',
      reason: 'ContainersNotInitialized',
      message: 'containers with unknown status: [last], containers with incomplete status: [side]',
    });
  });
});
