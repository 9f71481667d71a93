import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import type { StartedCluster } from '../cluster-provider.js';
import { hasCrictl, tagImage } from '../inject/node-scripts.js';
import { runOnNode } from '../inject/run-on-node.js';
import { normalizeImageRef } from '../load-workload-image.js';
import { MANAGED_BY, MANAGED_BY_LABEL } from '../translate/translate-scenario.js';
import { NodeLock } from './node-lock.js';

/** The label naming the backend session a namespace belongs to. */
export const SESSION_LABEL = 'podlife.dev/session';

/** Where on the node each scenario's scripts keep their state and log (a hostPath per namespace). */
export const STATE_ROOT = '/var/lib/podlife/scenarios';

/**
 * One cluster as the backend uses it across scenarios: the API client, the node
 * lock, the namespaces it made (the only ones it ever deletes), the shared image
 * variants it tagged. Closing it deletes what is left and stops the cluster if the
 * backend started it.
 */
export class ClusterSession {
  readonly kubeConfig: KubeConfig;
  readonly api: CoreV1Api;
  readonly lock = new NodeLock();
  readonly id: string;
  private sequence = 0;
  private readonly namespaces = new Set<string>();
  private readonly variants = new Set<string>();

  private constructor(
    readonly cluster: StartedCluster,
    readonly crictl: boolean,
    private readonly owned: boolean,
  ) {
    this.kubeConfig = cluster.kubeConfig();
    this.api = this.kubeConfig.makeApiClient(CoreV1Api);
    this.id = cluster.info.runId ?? randomBytes(3).toString('hex');
  }

  static async open(cluster: StartedCluster, owned: boolean): Promise<ClusterSession> {
    const crictl = cluster.node.available && (await cluster.node.exec(hasCrictl())).exitCode === 0;
    return new ClusterSession(cluster, crictl, owned);
  }

  get nodeName(): string | undefined {
    return this.cluster.info.nodeName;
  }

  /** A fresh namespace name, remembered so that close() can remove it if a run could not. */
  newNamespace(): string {
    const name = `podlife-${this.id}-${++this.sequence}`;
    this.namespaces.add(name);
    return name;
  }

  namespaceLabels(): Record<string, string> {
    return { [MANAGED_BY_LABEL]: MANAGED_BY, [SESSION_LABEL]: this.id };
  }

  forget(namespace: string): void {
    this.namespaces.delete(namespace);
  }

  /** Tags the workload image with the variant references a scenario needs (once per cluster). */
  async ensureVariants(refs: readonly string[]): Promise<void> {
    const missing = refs.filter((r) => !this.variants.has(r));
    if (missing.length === 0) return;
    await runOnNode(this.cluster.node, tagImage(normalizeImageRef(this.cluster.info.workloadImage), missing));
    for (const r of missing) this.variants.add(r);
  }

  /** Deletes the namespaces runs left behind (interrupted, or clean-up timed out), then stops an owned cluster. */
  async close(timeoutMs = 60_000): Promise<void> {
    const left = [...this.namespaces];
    await Promise.allSettled(left.map((namespace) => this.api.deleteNamespace({ name: namespace, gracePeriodSeconds: 0 })));
    if (!this.owned) {
      const deadline = Date.now() + timeoutMs;
      for (const namespace of left) {
        while (Date.now() < deadline && (await this.api.readNamespace({ name: namespace }).then(() => true, () => false))) await sleep(500);
      }
    }
    this.namespaces.clear();
    if (this.owned) await this.cluster.stop();
  }
}
