import { describe, expect, it } from 'vitest';
import { containerInstances } from './container-instances.js';
import type { InstanceSighting, PodObservation } from './pod-observation.js';

const observation = (at: number, sightings: InstanceSighting[]): PodObservation => ({
  at, uid: 'u', resourceVersion: String(at), sightings,
  snapshot: { at, deletionTimestamp: null, deletionGracePeriodSeconds: null, status: { phase: 'Running', conditions: [], initContainerStatuses: [], containerStatuses: [], qosClass: 'BestEffort', startTime: 0 } },
});
const running = (id: string, restartCount: number, startedAt: number): InstanceSighting => ({ container: 'app', containerID: id, restartCount, current: true, startedAt });

describe('containerInstances', () => {
  it('takes the script\'s start, but never later than the second the runtime reported (a script slowed by load)', () => {
    const [inst] = containerInstances('app', {
      observations: [observation(3000, [running('c1', 0, 1000)])],
      lines: [{ at: 2400, container: 'app', start: 1, kind: 'start' }],
      removals: new Map(),
    });
    expect(inst).toMatchObject({ containerID: 'c1', start: 1, startedAt: 1999, startedFrom: 'log' });
  });

  it('keeps instances only one side saw: a script start the statuses skipped, a status the script never logged', () => {
    const instances = containerInstances('app', {
      observations: [observation(9000, [running('c3', 2, 8000)])],
      lines: [{ at: 1100, container: 'app', start: 1, kind: 'start' }, { at: 1500, container: 'app', start: 1, kind: 'exit', exitCode: 1 }],
      removals: new Map(),
    });
    expect(instances.map((i) => [i.containerID, i.restartCount, i.startedAt, i.startedFrom, i.exit?.from])).toEqual([
      [undefined, 0, 1100, 'log', 'log'],
      ['c3', 2, 8000, 'status', undefined],
    ]);
  });
});
