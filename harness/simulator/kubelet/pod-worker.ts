import type { Coroutine } from '../engine/latch.js';
import { effectiveGracePeriod } from './grace-period.js';
import type { Kubelet } from './kubelet.js';
import { syncPod } from './sync-pod.js';
import { syncTerminatedPod, syncTerminatingPod } from './sync-terminating-pod.js';

/** pod_workers.go: a pod is synced, then terminating, then terminated — never back. */
export const POD_WORKER_STATES = ['syncing', 'terminating', 'terminated'] as const;
export type PodWorkerState = (typeof POD_WORKER_STATES)[number];

interface Work {
  cancelled: boolean;
}

/**
 * pkg/kubelet/pod_workers.go `podWorkerLoop` for our one pod: one sync at a time; a
 * request that arrives mid-sync runs after it; becoming terminating (or a shorter grace
 * period) cancels the sync in flight; after a sync the pod is re-queued — after
 * backOffPeriod if it failed, after syncFrequency if not.
 */
export class PodWorker {
  state: PodWorkerState = 'syncing';
  private gracePeriod = 0;
  private current: Work | null = null;
  private queued = false;
  private again = false;
  private requeueToken = 0;

  constructor(private readonly k: Kubelet) {}

  /** True until the worker has finished terminating the pod (PodCouldHaveRunningContainers). */
  couldHaveRunningContainers(): boolean {
    return this.state !== 'terminated';
  }

  requestSync(): void {
    if (this.state === 'terminated' || !this.k.alive()) return;
    if (this.current) {
      this.again = true;
      return;
    }
    if (this.queued) return;
    this.queued = true;
    this.k.ctx.scheduler.after(0, () => {
      this.queued = false;
      this.run();
    });
  }

  /** A deletion, eviction or completion: terminate with the effective grace period (R5.2). */
  requestTermination(): void {
    if (this.state === 'terminated') return;
    const { api } = this.k.ctx;
    const grace = effectiveGracePeriod(this.gracePeriod, api.spec, api.deletionGracePeriodSeconds);
    const shortened = this.state === 'terminating' && grace < this.gracePeriod;
    if (this.state === 'terminating' && !shortened) return;
    this.state = 'terminating';
    this.gracePeriod = grace;
    this.cancelCurrent();
    this.requestSync();
  }

  private cancelCurrent(): void {
    if (!this.current) return;
    this.current.cancelled = true;
    this.current = null;
    this.again = false;
  }

  private run(): void {
    if (this.state === 'terminated' || !this.k.alive()) return;
    const work: Work = { cancelled: false };
    this.current = work;
    const alive = () => this.k.alive() && !work.cancelled;
    const done = this.k.ctx.scheduler.spawn(this.perform(alive), alive);
    done.onResolve(() => {
      if (this.current !== work) return;
      this.current = null;
      if (this.again || this.state === 'terminating') {
        this.again = false;
        this.requestSync();
      }
    });
  }

  private *perform(alive: () => boolean): Coroutine {
    if (this.state === 'syncing') {
      const outcome = yield* syncPod(this.k, alive);
      if (outcome.terminal) {
        this.requestTermination();
        return;
      }
      this.requeue(outcome.failed ? this.k.ctx.options.podWorkerBackOffPeriod : this.k.ctx.options.syncFrequency);
      return;
    }
    if (this.state === 'terminating') {
      const grace = this.gracePeriod || effectiveGracePeriod(0, this.k.ctx.api.spec, this.k.ctx.api.deletionGracePeriodSeconds);
      yield* syncTerminatingPod(this.k, alive, grace);
      this.state = 'terminated';
      syncTerminatedPod(this.k);
      if (this.k.ctx.rules.terminatedPodsStaySynced) {
        this.state = 'syncing';
        this.requeue(this.k.ctx.options.syncFrequency);
      }
    }
  }

  private requeue(delay: number): void {
    const token = ++this.requeueToken;
    this.k.ctx.scheduler.after(delay, () => {
      if (token === this.requeueToken) this.requestSync();
    });
  }
}
