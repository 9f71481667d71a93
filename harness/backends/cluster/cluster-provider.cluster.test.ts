import { setTimeout as sleep } from 'node:timers/promises';
import { CoreV1Api, type V1Node } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartedCluster } from './cluster-provider.js';
import { resolveClusterOptions } from './cluster-options.js';
import { clusterTestsEnabled, providerUnderTest } from './cluster-under-test.js';
import { createClusterProvider } from './create-cluster-provider.js';
import { dockerEngine } from './docker-engine.js';
import { LABELS, OWNER } from './podlife-labels.js';

const provider = providerUnderTest();

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await sleep(1000);
  }
}

const readyStatus = (node: V1Node | undefined) => node?.status?.conditions?.find((c) => c.type === 'Ready')?.status;

async function podlifeResources(runId: string) {
  const docker = (await dockerEngine()).container.dockerode;
  const filters = { label: [`${LABELS.owner}=${OWNER}`, `${LABELS.run}=${runId}`] };
  const containers = await docker.listContainers({ all: true, filters });
  const networks = await docker.listNetworks({ filters });
  const volumes = (await docker.listVolumes({ filters })).Volumes ?? [];
  return [...containers.map((c) => c.Id), ...networks.map((n) => n.Name), ...volumes.map((v) => v.Name)];
}

describe.runIf(clusterTestsEnabled)(`cluster provider "${provider}"`, () => {
  let cluster: StartedCluster;
  let api: CoreV1Api;
  let runId: string;

  beforeAll(async () => {
    const started = Date.now();
    cluster = await createClusterProvider(resolveClusterOptions({ provider })).start();
    runId = cluster.info.runId ?? '';
    api = cluster.kubeConfig().makeApiClient(CoreV1Api);
    console.log(`${provider} cluster ${cluster.info.kubernetesVersion} Ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('has exactly one node, and it is Ready', async () => {
    const nodes = await api.listNode();
    expect(nodes.items).toHaveLength(1);
    expect(readyStatus(nodes.items[0])).toBe('True');
    expect(nodes.items[0]?.metadata?.name).toBe(cluster.info.nodeName);
  });

  it('runs a Pod from the workload image to Succeeded', async () => {
    const name = 'podlife-smoke';
    await api.createNamespacedPod({
      namespace: 'default',
      body: {
        metadata: { name },
        spec: {
          restartPolicy: 'Never',
          containers: [{
            name: 'main',
            image: cluster.info.workloadImage,
            imagePullPolicy: provider === 'local' ? 'Never' : 'IfNotPresent',
            command: ['sh', '-c', 'echo hello from podlife; exit 0'],
          }],
        },
      },
    });
    const phase = await until('the Pod to finish', 120_000, async () => {
      const pod = await api.readNamespacedPod({ name, namespace: 'default' });
      return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed' ? pod.status.phase : undefined;
    });
    expect(phase).toBe('Succeeded');
    expect(await api.readNamespacedPodLog({ name, namespace: 'default' })).toContain('hello from podlife');
  });

  it('stops and starts the kubelet, and the API sees the node go NotReady and come back', async () => {
    const nodeName = cluster.info.nodeName ?? '';
    await cluster.node.stopKubelet();
    expect((await cluster.node.exec(['systemctl', 'is-active', 'kubelet'])).stdout.trim()).toBe('inactive');
    expect((await cluster.node.exec(['pgrep', '-x', 'kubelet'])).exitCode).not.toBe(0);
    // The node lifecycle controller marks it after node-monitor-grace-period (~40-50 s).
    await until('the node to leave Ready', 120_000, async () => {
      const status = readyStatus(await api.readNode({ name: nodeName }));
      return status !== 'True' ? status : undefined;
    });
    await cluster.node.startKubelet();
    await until('the node to be Ready again', 120_000, async () =>
      readyStatus(await api.readNode({ name: nodeName })) === 'True' ? true : undefined);
  });

  it('restarts the container runtime and still runs Pods', async () => {
    await cluster.node.restartContainerRuntime();
    expect((await cluster.node.exec(['systemctl', 'is-active', 'containerd'])).stdout.trim()).toBe('active');
    const name = 'podlife-after-runtime-restart';
    await api.createNamespacedPod({
      namespace: 'default',
      body: {
        metadata: { name },
        spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: cluster.info.workloadImage, command: ['true'] }] },
      },
    });
    const phase = await until('the Pod to finish', 120_000, async () => {
      const pod = await api.readNamespacedPod({ name, namespace: 'default' });
      return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed' ? pod.status.phase : undefined;
    });
    expect(phase).toBe('Succeeded');
  });

  it('can be used through the kubeconfig provider, which refuses node-level actions', async () => {
    const existing = await createClusterProvider(resolveClusterOptions({ kubeconfig: cluster.kubeconfigPath, context: cluster.context })).start();
    expect(existing.info).toMatchObject({ provider: 'kubeconfig', kubernetesVersion: cluster.info.kubernetesVersion, runId: undefined });
    expect((await existing.kubeConfig().makeApiClient(CoreV1Api).listNode()).items).toHaveLength(1);
    expect(existing.node.available).toBe(false);
    await expect(existing.node.stopKubelet()).rejects.toMatchObject({ code: 'NODE_ACTIONS_UNAVAILABLE' });
    await existing.stop();
    expect(readyStatus(await api.readNode({ name: cluster.info.nodeName ?? '' }))).toBe('True');
  });

  it('leaves no container, network or volume behind once stopped', async () => {
    expect(runId).not.toBe('');
    expect(await podlifeResources(runId)).not.toHaveLength(0);
    await cluster.stop();
    expect(await podlifeResources(runId)).toEqual([]);
  });
});
