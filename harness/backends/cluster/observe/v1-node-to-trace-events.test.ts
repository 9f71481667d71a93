import { describe, expect, it } from 'vitest';
import { nodeViewChanges } from './v1-node-to-trace-events.js';

describe('nodeViewChanges', () => {
  it('reports Ready changes and taints added and removed', () => {
    const before = { ready: 'True' as const, taints: [] };
    const after = { ready: 'Unknown' as const, taints: ['node.kubernetes.io/unreachable:NoExecute'] };
    expect(nodeViewChanges(before, after, 5)).toEqual([
      { at: 5, type: 'NodeReadyChanged', status: 'Unknown' },
      { at: 5, type: 'NodeTaintAdded', taint: 'node.kubernetes.io/unreachable:NoExecute' },
    ]);
    expect(nodeViewChanges(after, before, 9)).toEqual([
      { at: 9, type: 'NodeReadyChanged', status: 'True' },
      { at: 9, type: 'NodeTaintRemoved', taint: 'node.kubernetes.io/unreachable:NoExecute' },
    ]);
    expect(nodeViewChanges(undefined, after, 1)).toEqual([]);
  });
});
