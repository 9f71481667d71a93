import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../../specs/model/trace.js';
import { observationSettled, type NodeContainerState } from './observation-settled.js';

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

const node = (state: NodeContainerState) => {
  const asked = { count: 0 };
  return { asked, containersOnNode: async () => { asked.count++; return state; } };
};

describe('observationSettled', () => {
  it('waits for the faults still to come', async () => {
    const n = node('stopped');
    expect(await observationSettled({ faultsDone: false, podRemoved: true, latest: undefined, ...n })).toBe(false);
  });

  it('waits while the API shows a running container or a phase that is not terminal', async () => {
    expect(await observationSettled({ faultsDone: true, podRemoved: false, latest: snapshot('Running', true), ...node('stopped') })).toBe(false);
    expect(await observationSettled({ faultsDone: true, podRemoved: false, latest: snapshot('Failed', true), ...node('stopped') })).toBe(false);
    expect(await observationSettled({ faultsDone: true, podRemoved: false, latest: snapshot('Running', false), ...node('stopped') })).toBe(false);
  });

  it('settles on a terminal pod with nothing running without asking the node', async () => {
    const n = node('running');
    expect(await observationSettled({ faultsDone: true, podRemoved: false, latest: snapshot('Succeeded', false), ...n })).toBe(true);
    expect(n.asked.count).toBe(0);
  });

  it('keeps watching a removed pod while one of its containers still runs on the node (R5.9: a force delete leaves them stopping)', async () => {
    const running = node('running');
    expect(await observationSettled({ faultsDone: true, podRemoved: true, latest: snapshot('Running', true), ...running })).toBe(false);
    expect(running.asked.count).toBe(1);
    expect(await observationSettled({ faultsDone: true, podRemoved: true, latest: snapshot('Running', true), ...node('stopped') })).toBe(true);
  });

  it('settles on a removed pod where the node cannot be seen, as before', async () => {
    expect(await observationSettled({ faultsDone: true, podRemoved: true, latest: undefined, ...node('unknown') })).toBe(true);
  });
});
