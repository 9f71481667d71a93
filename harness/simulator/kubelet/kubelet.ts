import type { ProbeOutcome } from '../../../specs/model/behaviour.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import { containerId } from '../runtime/container-record.js';
import type { SimContext } from '../sim-context.js';
import { ProberManager } from '../prober/prober-manager.js';
import { StatusManager } from '../status/status-manager.js';
import { ProberManagerHostOf, StatusManagerHostOf } from './kubelet-hosts.js';
import { statusNamed } from '../status/status-named.js';
import { StatusGenerationCache } from './generate-api-pod-status.js';
import { PublishedStatus } from './sync-pod.js';
import { ComputedActions } from './runtime-sync-pod.js';
import { activeDeadlineAt } from './active-deadline.js';
import type { ProbeResultsView } from './compute-pod-actions.js';
import { FlowControlBackoff } from './flow-control-backoff.js';
import { PodWorker } from './pod-worker.js';
import { ReasonCache, type StartResult } from './reason-cache.js';

/** What the API tells a watching kubelet. */
export const API_CHANGES = ['deleted', 'removed', 'spec'] as const;
export type ApiChange = (typeof API_CHANGES)[number];

/**
 * One kubelet process. Everything it knows lives here and is lost when it stops
 * (NodeDown, NodeReboot): crash-loop and image backoff, probe results, the reason
 * cache, the status cache. The runtime and the API outlive it.
 */
export class Kubelet {
  private stopped = false;
  readonly statusManager: StatusManager;
  readonly prober: ProberManager;
  readonly crashLoopBackOff: FlowControlBackoff;
  readonly imageBackOff: FlowControlBackoff;
  readonly reasonCache = new ReasonCache();
  /** What generateAPIPodStatus worked out last (a cache of pure functions). */
  readonly statusGeneration = new StatusGenerationCache();
  /** What the last sync published its status from, and the actions it computed from what. */
  readonly published = new PublishedStatus();
  readonly actions = new ComputedActions();
  /** The crash-loop backoff key last built for each container name, with the image it was built for. */
  readonly backoffKeys = new Map<string, { image: string; key: string }>();
  /** The crash-loop back-off refusal last made for each container name, with its delay. */
  readonly backOffResults = new Map<string, { delay: number; result: StartResult }>();
  readonly podWorker: PodWorker;
  readonly probeResults: ProbeResultsView;
  private deadlineToken = 0;
  private deadlineAt: number | undefined;

  constructor(readonly ctx: SimContext) {
    const { options } = ctx;
    this.crashLoopBackOff = ctx.rules.crashLoopBackOff(options);
    this.imageBackOff = new FlowControlBackoff(options.imagePullBackOffInitial, options.imagePullBackOffMax, 2 * options.imagePullBackOffMax);
    this.podWorker = new PodWorker(this);
    this.statusManager = new StatusManager(new StatusManagerHostOf(this));
    this.prober = new ProberManager(new ProberManagerHostOf(this));
    this.probeResults = this.prober.resultsView();
  }

  readonly alive = (): boolean => !this.stopped;

  start(): void {
    const { runtime, api } = this.ctx;
    runtime.listener = this;
    this.prober.addPod({ metadata: api.metadata, spec: api.spec });
    if (api.removed || api.deletionTimestamp !== null) this.podWorker.requestTermination();
    else this.podWorker.requestSync();
  }

  /**
   * Forgets everything it knows (after stop, when the run is over): see simulate's release of
   * a finished run.
   */
  release(): void {
    this.stop();
    this.statusManager.release();
    this.prober.release();
    this.statusGeneration.release();
    this.published.forget();
    this.actions.forget();
    this.reasonCache.clear();
    this.crashLoopBackOff.clear();
    this.imageBackOff.clear();
    this.backoffKeys.clear();
    this.backOffResults.clear();
  }

  stop(): void {
    this.stopped = true;
    if (this.ctx.runtime.listener) this.ctx.runtime.listener = null;
  }

  /** The API watch: deletions terminate, spec updates re-sync. */
  apiChanged(change: ApiChange): void {
    if (!this.alive()) return;
    if (change === 'spec') {
      this.scheduleDeadline();
      this.podWorker.requestSync();
    } else {
      this.podWorker.requestTermination();
    }
  }

  imageUnavailable(container: string): boolean {
    const until = this.ctx.unavailableImages.get(container);
    return until !== undefined && this.ctx.scheduler.now < until;
  }

  /** PLEG: a container started or exited (the runtime's listener). */
  containerChanged(): void {
    this.podWorker.requestSync();
  }

  /** The status manager's cached status changed: probe workers look at it, and the deadline may move. */
  statusCacheChanged(): void {
    this.prober.statusUpdated();
    this.scheduleDeadline();
  }

  /** A probe worker's view of its container: the status manager's status, never the runtime. */
  observe(name: string, sidecar: boolean, position: number): ContainerStatus | undefined {
    const status = this.statusManager.status();
    return statusNamed(sidecar ? status.initContainerStatuses : status.containerStatuses, name, position);
  }

  /** kubelet.go syncLoopIteration: probe updates patch the status and trigger a sync. */
  probeResultChanged(probe: 'startup' | 'liveness' | 'readiness', recordId: number, result: ProbeOutcome): void {
    const id = containerId(recordId);
    if (probe === 'readiness') this.statusManager.setContainerReadiness(id, result === 'Success');
    if (probe === 'startup') this.statusManager.setContainerStartup(id, result === 'Success');
    if (probe !== 'liveness' || result === 'Failure') this.podWorker.requestSync();
  }

  /** R5.10 — the active deadline handler makes the pod sync when its deadline falls. */
  private scheduleDeadline(): void {
    const at = activeDeadlineAt(this.ctx.api.spec, this.statusManager.status().startTime);
    if (at === undefined || at === this.deadlineAt) return;
    this.deadlineAt = at;
    const token = ++this.deadlineToken;
    this.ctx.scheduler.at(at, () => {
      if (token === this.deadlineToken) this.podWorker.requestSync();
    });
  }
}

