import { setTimeout as sleep } from 'node:timers/promises';
import type { CoreV1Api } from '@kubernetes/client-node';
import type { NodeHandle } from '../cluster-provider.js';
import { kubeletActive, startKubelet } from '../inject/node-scripts.js';
import { runOnNode } from '../inject/run-on-node.js';
import { v1NodeView } from '../observe/v1-node-to-trace-events.js';

/**
 * After a scenario with node faults: the kubelet runs again, and the node is Ready
 * without the not-ready/unreachable taints, so that the next scenario finds the node
 * as every scenario expects it. Returns what was still wrong at the deadline, if anything.
 */
export async function restoreNode(node: NodeHandle, api: CoreV1Api, nodeName: string, timeoutMs: number): Promise<string | undefined> {
  if ((await node.exec(kubeletActive())).exitCode !== 0) await runOnNode(node, startKubelet());
  const deadline = Date.now() + timeoutMs;
  let last = 'not checked';
  while (Date.now() < deadline) {
    const view = v1NodeView(await api.readNode({ name: nodeName }));
    const taints = view.taints.filter((t) => t.startsWith('node.kubernetes.io/not-ready') || t.startsWith('node.kubernetes.io/unreachable'));
    if (view.ready === 'True' && taints.length === 0) return undefined;
    last = `Ready=${view.ready ?? 'unknown'}${taints.length ? `, taints ${taints.join(', ')}` : ''}`;
    await sleep(1000);
  }
  return `the node did not recover within ${Math.round(timeoutMs / 1000)} s: ${last}`;
}
