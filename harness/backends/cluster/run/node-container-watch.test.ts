import { describe, expect, it } from 'vitest';
import type { NodeExecResult, NodeHandle } from '../cluster-provider.js';
import { NodeContainerWatch, parseContainersRunning } from './node-container-watch.js';

/** A node whose command answers with the given outputs, one per call. */
function node(outputs: (NodeExecResult | Error)[], available = true): NodeHandle & { commands: (readonly string[])[] } {
  const commands: (readonly string[])[] = [];
  return {
    available,
    unavailableReason: available ? undefined : 'not ours',
    commands,
    exec: async (command) => {
      commands.push(command);
      const next = outputs.shift();
      if (!next || next instanceof Error) throw next ?? new Error('no more answers');
      return next;
    },
    stopKubelet: async () => undefined,
    startKubelet: async () => undefined,
    restartContainerRuntime: async () => undefined,
  };
}
const ok = (stdout: string): NodeExecResult => ({ exitCode: 0, stdout, stderr: '' });

describe('NodeContainerWatch', () => {
  it('asks about the pod’s containers by name and keeps when each was first seen stopped since it last ran', async () => {
    const n = node([ok('app running\nside running\n'), ok('app stopped\nside running\n'), ok('app stopped\nside stopped\n'), ok('app running\nside stopped\n'), ok('app stopped\nside stopped\n')]);
    const watch = new NodeContainerWatch(n, 'uid-1', ['app', 'side']);
    expect(await watch.poll(() => 10_000)).toBe('running');
    expect(await watch.poll(() => 11_000)).toBe('running');
    expect(await watch.poll(() => 12_000)).toBe('stopped');
    expect([...watch.stoppedAt]).toEqual([['app', 11_000], ['side', 12_000]]);
    // a sync in flight started app again (kubelet.go SyncPod runs to its end): its stop is the next one seen
    expect(await watch.poll(() => 13_000)).toBe('running');
    expect(await watch.poll(() => 14_000)).toBe('stopped');
    expect([...watch.stoppedAt]).toEqual([['side', 12_000], ['app', 14_000]]);
    expect(n.commands[0]!.slice(-3)).toEqual(['uid-1', 'app', 'side']);
  });

  it('knows nothing where the node is not podlife’s, the command fails, or its output is not understood', async () => {
    expect(await new NodeContainerWatch(node([], false), 'u', ['app']).poll(() => 0)).toBe('unknown');
    expect(await new NodeContainerWatch(node([new Error('exec failed')]), 'u', ['app']).poll(() => 0)).toBe('unknown');
    expect(await new NodeContainerWatch(node([{ exitCode: 1, stdout: '', stderr: 'ctr: not found' }]), 'u', ['app']).poll(() => 0)).toBe('unknown');
    const garbled = new NodeContainerWatch(node([ok('app maybe\n')]), 'u', ['app']);
    expect(await garbled.poll(() => 0)).toBe('unknown');
    expect(garbled.stoppedAt.size).toBe(0);
  });
});

describe('parseContainersRunning', () => {
  it('needs one line per container asked about', () => {
    expect(parseContainersRunning('app running\nside stopped\n', ['app', 'side'])).toEqual(new Set(['app']));
    expect(parseContainersRunning('app running\n', ['app', 'side'])).toBeUndefined();
    expect(parseContainersRunning('other running\napp stopped\n', ['app'])).toBeUndefined();
  });
});
