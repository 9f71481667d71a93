import type { KubeConfig } from '@kubernetes/client-node';

/** Where a cluster comes from; recorded in every report. */
export const PROVIDER_NAMES = ['local', 'kind', 'kubeconfig'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** Starts one cluster. Lifecycle as in testcontainers: `start() → StartedCluster → stop()`. */
export interface ClusterProvider {
  readonly name: ProviderName;
  /** `signal` interrupts a start in progress; what was created is removed. */
  start(options?: { signal?: AbortSignal }): Promise<StartedCluster>;
}

/** What a report needs to say about the cluster a run used. */
export interface ClusterInfo {
  provider: ProviderName;
  /** The kubelet's version as the API reports it, e.g. v1.34.10. */
  kubernetesVersion: string;
  /** The single node's name, when podlife runs the node. */
  nodeName: string | undefined;
  /** The image the cluster backend runs scenario scripts in; present on the node. */
  workloadImage: string;
  /** Labels podlife's Docker resources for this cluster (dev.podlife.run), when podlife made them. */
  runId: string | undefined;
}

/** A running cluster. Disposing it (`await using`) removes everything the provider created. */
export interface StartedCluster extends AsyncDisposable {
  readonly info: ClusterInfo;
  /** The kubeconfig, YAML, with the API server address reachable from this process. */
  readonly kubeconfig: string;
  /** The same kubeconfig as a file (for kubectl and other tools). */
  readonly kubeconfigPath: string;
  /** The context to use within the kubeconfig. */
  readonly context: string;
  readonly node: NodeHandle;
  /** A fresh client configuration for @kubernetes/client-node. */
  kubeConfig(): KubeConfig;
  /** Idempotent: a second call waits for the first. */
  stop(): Promise<void>;
}

export interface NodeExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Node-level actions, for faults the API cannot inject. When the node is not
 * podlife's (`kubeconfig` provider) `available` is false, `unavailableReason`
 * says why, and every action throws NodeActionsUnavailableError.
 */
export interface NodeHandle {
  readonly available: boolean;
  readonly unavailableReason: string | undefined;
  /** Runs a command on the node (not in a Pod); never throws for a non-zero exit. */
  exec(command: readonly string[]): Promise<NodeExecResult>;
  /** Stops the kubelet process; Pods keep running, as when a kubelet crashes. */
  stopKubelet(): Promise<void>;
  startKubelet(): Promise<void>;
  /** Restarts containerd; running containers survive (their shims stay). */
  restartContainerRuntime(): Promise<void>;
}
