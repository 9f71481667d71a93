import { setMaxListeners } from 'node:events';
import type { Applicability } from '../../../specs/invariant.js';
import { KUBERNETES_DEFAULT_TIMINGS } from '../../../specs/model/lifecycle-timings.js';
import type { Scenario } from '../../../specs/model/scenario.js';
import type { Trace, TraceOptions } from '../../../specs/model/trace.js';
import type { Backend } from '../backend.js';
import { cleanUpOnSignal } from './clean-up-on-signal.js';
import type { StartedCluster } from './cluster-provider.js';
import { createClusterProvider } from './create-cluster-provider.js';
import { NODE_IMAGE_VERSIONS } from './node-image-versions.js';
import type { ResolvedClusterBackendOptions } from './run/cluster-backend-options.js';
import { ClusterSession } from './run/cluster-session.js';
import { clusterSupport } from './run/cluster-support.js';
import { runScenario, type RunFigures } from './run/run-scenario.js';
import { Semaphore } from './run/semaphore.js';
import { TranslationError } from './translate/translation-error.js';

/**
 * Scenarios on a real kubelet: `cluster:local` (the offline node image), `cluster:kind`,
 * `cluster:kubeconfig` (an existing cluster; no node-level faults). The cluster starts
 * on the first run (or is given), many scenarios run at once, each in a namespace of
 * its own, and `close()` — also on SIGINT/SIGTERM and when the process is about to
 * exit — removes everything the backend made.
 */
export class ClusterBackend implements Backend, AsyncDisposable {
  readonly name: string;
  readonly options: Readonly<Record<string, unknown>>;
  /** Per run, for reports and the benchmark. */
  readonly figures: RunFigures[] = [];
  private version: string;
  private session: Promise<ClusterSession> | undefined;
  private readonly limiter: Semaphore;
  private readonly running = new Set<Promise<unknown>>();
  private forgetSignal: (() => void) | undefined;
  private closing: Promise<void> | undefined;
  /** Aborted on SIGINT/SIGTERM: every run in flight stops and cleans up, whoever started it. */
  private readonly shutdown = new AbortController();

  constructor(
    private readonly resolved: ResolvedClusterBackendOptions,
    private readonly given?: StartedCluster,
  ) {
    this.name = `cluster:${resolved.provider}`;
    this.options = { ...resolved };
    this.limiter = new Semaphore(resolved.maxConcurrentScenarios);
    this.version = given?.info.kubernetesVersion ?? expectedVersion(resolved);
    // Every run in flight listens to it (and to the signal it derives): many more than Node's warning threshold.
    setMaxListeners(0, this.shutdown.signal);
  }

  get kubernetesVersion(): string {
    return this.version;
  }

  supports(scenario: Scenario): Applicability {
    const nodeActions = this.given ? this.given.node.available : this.resolved.provider !== 'kubeconfig';
    return clusterSupport(scenario, {
      nodeActions,
      nodeActionsUnavailableReason: this.given?.node.unavailableReason ?? 'the cluster comes from --kubeconfig and podlife does not run its node',
    });
  }

  run(scenario: Scenario, signal?: AbortSignal): Promise<Trace> {
    const task = this.runOne(scenario, signal);
    this.running.add(task);
    void task.finally(() => this.running.delete(task)).catch(() => undefined);
    return task;
  }

  private async runOne(scenario: Scenario, signal?: AbortSignal): Promise<Trace> {
    const support = this.supports(scenario);
    if (support !== true) throw new TranslationError(`scenario ${scenario.name} cannot run on ${this.name}: ${support.skip}`);
    const stop = signal ? AbortSignal.any([signal, this.shutdown.signal]) : this.shutdown.signal;
    setMaxListeners(0, stop);
    const release = await this.limiter.acquire(stop);
    try {
      const session = await this.open();
      const timings: TraceOptions = { ...KUBERNETES_DEFAULT_TIMINGS, provider: this.resolved.provider, kubernetesVersion: session.cluster.info.kubernetesVersion };
      return await runScenario(scenario, { session, options: this.resolved, backendName: this.name, timings }, stop, (f) => this.figures.push(f));
    } finally {
      release();
    }
  }

  /** Starts (or adopts) the cluster once; concurrent first runs wait for the same start. */
  private open(): Promise<ClusterSession> {
    this.session ??= (async () => {
      const cluster = this.given ?? (await createClusterProvider(this.resolved.cluster).start());
      const session = await ClusterSession.open(cluster, this.given === undefined);
      this.version = cluster.info.kubernetesVersion;
      this.forgetSignal = cleanUpOnSignal(() => {
        this.shutdown.abort(new Error('interrupted'));
        return this.close();
      });
      // The run and replay commands end by letting the event loop drain: clean up then.
      process.once('beforeExit', () => void this.close());
      return session;
    })();
    return this.session;
  }

  /** Waits for runs in flight, then removes what is left and stops a cluster the backend started. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.running]);
      this.forgetSignal?.();
      const session = await this.session?.catch(() => undefined);
      await session?.close();
    })();
    return this.closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

/** What the provider will run, before it runs: the version in the node image's name. */
function expectedVersion(options: ResolvedClusterBackendOptions): string {
  if (options.provider === 'local') return NODE_IMAGE_VERSIONS.kubernetes;
  const tag = options.cluster.image?.split(':').at(-1);
  return tag && /^v\d/.test(tag) ? tag : 'unknown (read from the cluster on first run)';
}
