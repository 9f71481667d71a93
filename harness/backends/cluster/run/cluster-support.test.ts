import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../scenario/load-scenario-file.js';
import { clusterSupport, needsExclusiveNode } from './cluster-support.js';

const scenario = (faults: string, resources = '') => parseScenarioText(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    containers:
      - {name: app, image: "busybox:1.36"${resources}}
faults:
${faults}
`, 'test.yaml');

const withNode = { nodeActions: true };
const withoutNode = { nodeActions: false, nodeActionsUnavailableReason: 'not ours' };

describe('clusterSupport', () => {
  it('runs API-only faults anywhere', () => {
    expect(clusterSupport(scenario('  - {at: 1s, type: DeletePod}\n  - {at: 2s, type: SetActiveDeadline, seconds: 5}'), withoutNode)).toBe(true);
    expect(clusterSupport(scenario('  - {at: 0s, type: ImagePullFailure, container: app}'), withoutNode)).toBe(true);
  });

  it('skips node-level faults where podlife does not run the node, saying why', () => {
    for (const fault of ['{at: 1s, type: NodeDown}', '{at: 1s, type: KillContainer, container: app}', '{at: 1s, type: UpdateImage, container: app, image: "x:2"}', '{at: 1s, type: ImagePullFailure, container: app}']) {
      const support = clusterSupport(scenario(`  - ${fault}`), withoutNode);
      expect(support).toMatchObject({ skip: expect.stringContaining('not ours') });
    }
    expect(clusterSupport(scenario('  - {at: 1s, type: NodeReboot}'), withNode)).toBe(true);
  });

  it('runs OOMKill only on a container with a memory limit it can fill', () => {
    const oom = '  - {at: 1s, type: OOMKill, container: app}';
    expect(clusterSupport(scenario(oom), withNode)).toMatchObject({ skip: expect.stringContaining('memory limit') });
    expect(clusterSupport(scenario(oom, ', resources: {limits: {memory: 64Mi}}'), withNode)).toBe(true);
    expect(clusterSupport(scenario(oom, ', resources: {limits: {memory: 8Gi}}'), withNode)).toMatchObject({ skip: expect.stringContaining('memory limit') });
  });
});

describe('needsExclusiveNode', () => {
  it('runs node-wide faults alone, and a removal alone where it restarts containerd', () => {
    expect(needsExclusiveNode(scenario('  - {at: 1s, type: NodeDown}'), true)).toBe(true);
    expect(needsExclusiveNode(scenario('  - {at: 1s, type: RemoveContainer, container: app}'), false)).toBe(true);
    expect(needsExclusiveNode(scenario('  - {at: 1s, type: RemoveContainer, container: app}'), true)).toBe(false);
    expect(needsExclusiveNode(scenario('  - {at: 1s, type: DeletePod}'), false)).toBe(false);
  });
});
