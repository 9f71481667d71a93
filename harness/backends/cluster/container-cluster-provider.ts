import { ImageName } from 'testcontainers';
import { bootstrapNode } from './bootstrap-node.js';
import { cleanUpOnSignal } from './clean-up-on-signal.js';
import type { ClusterProvider } from './cluster-provider.js';
import { ClusterStartError } from './cluster-start-error.js';
import { containerLogTail } from './container-log-tail.js';
import { ContainerNodeHandle } from './container-node-handle.js';
import { dockerEngine } from './docker-engine.js';
import { withheldCapabilities } from './host-capabilities.js';
import { writeKubeconfigFile } from './kubeconfig-file.js';
import { sweepLeftovers } from './leftover-sweeper.js';
import { loadWorkloadImage } from './load-workload-image.js';
import { API_SERVER_PORT, NodeContainer } from './node-container.js';
import { NodeImageMissingError } from './node-image-missing-error.js';
import { newRunIdentity, runLabels } from './podlife-labels.js';
import { rewriteKubeconfig } from './rewrite-kubeconfig.js';
import { StartedContainerCluster } from './started-container-cluster.js';
import { waitForClusterReady } from './wait-for-cluster-ready.js';
import { HarnessError } from '../../errors/harness-error.js';

export interface ContainerProviderOptions {
  provider: 'local' | 'kind';
  image: string;
  workloadImage: string;
  /** kind's image may be pulled; the offline image must have been built here. */
  pullImage: boolean;
  /** For each stage: the node container booting, then the API reporting a Ready node. */
  startupTimeoutMs: number;
}

/**
 * Starts a single-node cluster in a container: the `local` provider with the
 * offline image, the `kind` provider with kindest/node, by one code path.
 * Every resource is labelled with the run; leftovers of crashed runs are
 * swept first.
 */
export class ContainerClusterProvider implements ClusterProvider {
  constructor(readonly options: ContainerProviderOptions) {}

  get name(): 'local' | 'kind' {
    return this.options.provider;
  }

  async start({ signal }: { signal?: AbortSignal } = {}): Promise<StartedContainerCluster> {
    const { image, provider, startupTimeoutMs } = this.options;
    const engine = await dockerEngine();
    await sweepLeftovers('orphaned');
    if (!this.options.pullImage && !(await engine.image.exists(ImageName.fromString(image)))) {
      throw new NodeImageMissingError(image);
    }
    const identity = newRunIdentity();
    const name = `podlife-${identity.runId}`;
    const labels = runLabels(identity, provider);
    const removeResources = async () => { await sweepLeftovers({ runId: identity.runId }); };
    const forgetSignal = cleanUpOnSignal(removeResources);
    try {
      const docker = engine.container.dockerode;
      await docker.createNetwork({ Name: name, Labels: labels, CheckDuplicate: true });
      await docker.createVolume({ Name: `${name}-var`, Labels: labels });
      signal?.throwIfAborted();
      const container = await new NodeContainer({
        image, name, labels, network: name, varVolume: `${name}-var`,
        withheldCapabilities: withheldCapabilities(), startupTimeoutMs,
      }).start();
      const node = new ContainerNodeHandle(container);
      const apiHost = container.getHost() === 'localhost' ? '127.0.0.1' : container.getHost();
      signal?.throwIfAborted();
      const boot = await bootstrapNode(node, { nodeName: name, nodeIp: container.getIpAddress(name), apiServerSans: [apiHost] });
      await loadWorkloadImage(node, engine, this.options.workloadImage);
      const kubeconfig = rewriteKubeconfig(boot.adminKubeconfig, `https://${apiHost}:${container.getMappedPort(API_SERVER_PORT)}`, name);
      const file = await writeKubeconfigFile(kubeconfig, name);
      const info = { provider, kubernetesVersion: boot.kubernetesVersion, nodeName: name, workloadImage: this.options.workloadImage, runId: identity.runId };
      const cluster = new StartedContainerCluster(info, kubeconfig, file, name, node, async () => {
        forgetSignal();
        await removeResources();
      });
      try {
        info.kubernetesVersion = await waitForClusterReady(cluster.kubeConfig(), startupTimeoutMs, signal);
      } catch (error) {
        await cluster.stop();
        throw error;
      }
      return cluster;
    } catch (error) {
      forgetSignal();
      const logs = error instanceof HarnessError ? '' : await containerLogTail(engine.container.dockerode, name);
      await removeResources().catch(() => undefined);
      if (signal?.aborted) throw new ClusterStartError('interrupted', 'stopped by a signal; everything podlife had created was removed');
      if (error instanceof HarnessError) throw error;
      const detail = `${(error as Error).message}${logs ? `\n--- node container log ---\n${logs}` : ''}`;
      throw new ClusterStartError('starting the node container', detail, { cause: error });
    }
  }
}
