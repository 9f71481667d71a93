import { isCoroutine, type Coroutine } from '../engine/latch.js';
import { effectiveGracePeriod } from './grace-period.js';
import type { Kubelet } from './kubelet.js';
import { syncPod, type SyncOutcome } from './sync-pod.js';
import { syncTerminatedPod, syncTerminatingPod } from './sync-terminating-pod.js';

/** pod_workers.go: a pod is synced, then terminating, then terminated — never back. */
export const POD_WORKER_STATES = ['syncing', 'terminating', 'terminated'] as const;
export type PodWorkerState = (typeof POD_WORKER_STATES)[number];

/**
 * pkg/kubelet/pod_workers.go `podWorkerLoop` for our one pod: one sync at a time; a
 * request that arrives mid-sync runs after it; after a sync the pod is re-queued — after
 * backOffPeriod if it failed, after syncFrequency if not.
 *
 * Becoming terminating (or a shorter grace period) calls the pod worker's cancelFn
 * (UpdatePod), but in 1.34 nothing in flight heeds it: SyncPod runs the runtime's SyncPod
 * under `context.WithoutCancel` and SyncTerminatingPod under `context.Background()`
 * (kubelet.go, TODO #113606). So the sync in flight finishes — its kills with their whole
 * grace, then the starts it decided — and the termination begins after it; a termination
 * in flight keeps the grace it began with, and the pod is terminated when it returns.
 * A v1.34.10 kubelet did both: force-deleted during a 20 s preStop of an image update's
 * kill, it ran the hook to its end, started the new instance and only then terminated it
 * (grace 1 s); force-deleted, or deleted again with grace 2 s, during the 20 s preStop of
 * its termination, it ran the hook to its end.
 */
export class PodWorker {
  state: PodWorkerState = 'syncing';
  private gracePeriod = 0;
  /** A sync or termination is in flight (nothing cancels it). */
  private busy = false;
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
    if (this.busy) {
      this.again = true;
      return;
    }
    if (this.queued) return;
    this.queued = true;
    this.k.ctx.scheduler.after(0, this.dequeue);
  }

  private readonly dequeue = (): void => {
    this.queued = false;
    this.run();
  };

  /**
   * A deletion, eviction or completion: terminate with the effective grace period (R5.2),
   * once the work in flight has finished. A shorter grace only matters to a termination
   * that has not begun yet.
   */
  requestTermination(): void {
    if (this.state === 'terminated') return;
    const { api } = this.k.ctx;
    this.gracePeriod = effectiveGracePeriod(this.gracePeriod, api.spec, api.deletionGracePeriodSeconds);
    if (this.state === 'terminating') return;
    this.state = 'terminating';
    this.requestSync();
  }

  private run(): void {
    if (this.state === 'terminated' || !this.k.alive()) return;
    this.busy = true;
    const alive = this.k.alive;
    if (this.state !== 'syncing') {
      this.k.ctx.scheduler.spawnThen(this.terminate(alive), alive, this.performed);
      return;
    }
    const sync = syncPod(this.k, alive);
    if (isCoroutine(sync)) this.k.ctx.scheduler.spawnThen(sync, alive, this.synced);
    else this.synced(sync);
  }

  /** A sync returned: re-queue it, or terminate a pod it found terminal. */
  private readonly synced = (outcome: SyncOutcome): void => {
    // Terminating was requested meanwhile: it runs next.
    if (this.state === 'syncing') {
      if (outcome.terminal) this.requestTermination();
      else this.requeue(outcome.failed ? this.k.ctx.options.podWorkerBackOffPeriod : this.k.ctx.options.syncFrequency);
    }
    this.performed();
  };

  /** The sync or termination in flight returned: what was requested meanwhile runs now. */
  private readonly performed = (): void => {
    this.busy = false;
    if (this.again || this.state === 'terminating') {
      this.again = false;
      this.requestSync();
    }
  };

  private *terminate(alive: () => boolean): Coroutine {
    const grace = this.gracePeriod || effectiveGracePeriod(0, this.k.ctx.api.spec, this.k.ctx.api.deletionGracePeriodSeconds);
    yield* syncTerminatingPod(this.k, alive, grace);
    this.state = 'terminated';
    syncTerminatedPod(this.k);
    if (this.k.ctx.rules.terminatedPodsStaySynced) {
      this.state = 'syncing';
      this.requeue(this.k.ctx.options.syncFrequency);
    }
  }

  private requeue(delay: number): void {
    const token = ++this.requeueToken;
    this.k.ctx.scheduler.after(delay, () => {
      if (token === this.requeueToken) this.requestSync();
    });
  }
}
