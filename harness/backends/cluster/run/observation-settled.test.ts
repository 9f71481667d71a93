import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../../specs/model/trace.js';
import { observationSettled } from './observation-settled.js';

const snapshot = (phase: Snapshot['status']['phase'], running: boolean): Snapshot => ({
  at: 1000,
  deletionTimestamp: null,
  status: {
    phase,
    conditions: [],
    initContainerStatuses: [],
    containerStatuses: [{
      name: 'app', image: 'busybox:1.36', ready: false, started: running, restartCount: 0,
      state: running ? { running: { startedAt: 0 } } : { terminated: { exitCode: 0, reason: 'Completed', startedAt: 0, finishedAt: 900 } },
      lastState: {},
    }],
    qosClass: 'BestEffort',
    startTime: 0,
  },
} as unknown as Snapshot);

describe('observationSettled', () => {
  it('waits for the faults still to come', () => {
    expect(observationSettled({ faultsDone: false, podRemoved: true, latest: undefined, containersOnNode: 'stopped' })).toBe(false);
  });

  it('waits while the API shows a running container or a phase that is not terminal', () => {
    expect(observationSettled({ faultsDone: true, podRemoved: false, latest: snapshot('Running', true), containersOnNode: 'unknown' })).toBe(false);
    expect(observationSettled({ faultsDone: true, podRemoved: false, latest: snapshot('Failed', true), containersOnNode: 'unknown' })).toBe(false);
    expect(observationSettled({ faultsDone: true, podRemoved: false, latest: snapshot('Running', false), containersOnNode: 'unknown' })).toBe(false);
  });

  it('settles on a terminal pod with nothing running', () => {
    expect(observationSettled({ faultsDone: true, podRemoved: false, latest: snapshot('Succeeded', false), containersOnNode: 'unknown' })).toBe(true);
  });

  it('keeps watching a removed pod while one of its containers still runs on the node (R5.9: a force delete leaves them stopping)', () => {
    expect(observationSettled({ faultsDone: true, podRemoved: true, latest: snapshot('Running', true), containersOnNode: 'running' })).toBe(false);
    expect(observationSettled({ faultsDone: true, podRemoved: true, latest: snapshot('Running', true), containersOnNode: 'stopped' })).toBe(true);
  });

  it('settles on a removed pod where the node cannot be seen, as before', () => {
    expect(observationSettled({ faultsDone: true, podRemoved: true, latest: undefined, containersOnNode: 'unknown' })).toBe(true);
  });
});
