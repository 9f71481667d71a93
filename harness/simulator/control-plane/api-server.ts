import type { Container, ObjectMeta, PodSpec } from '../../../specs/model/pod-manifest.js';
import type { PodCondition } from '../../../specs/model/pod-condition.js';
import { isTerminalPhase } from '../../../specs/model/pod-phase.js';
import type { PodStatus } from '../../../specs/model/pod-status.js';
import type { Snapshot } from '../../../specs/model/trace.js';
import type { Deleter, FaultOutcome } from '../../../specs/model/trace-event.js';
import type { Scheduler } from '../engine/scheduler.js';
import type { ApiChange } from '../kubelet/kubelet.js';
import type { TraceRecorder } from '../trace-recorder.js';
import { computeQosClass } from './compute-qos-class.js';
import { shareUnchanged, statusEquals } from './status-equals.js';
import { conditionWith, podStatusWithConditions } from '../status/status-objects.js';

export interface ChangeOutcome {
  outcome: FaultOutcome;
  detail?: string;
}

/**
 * The pod object in kube-apiserver: its spec (with the updates validation allows),
 * deletion (R5.1, R5.2), the status writers, and removal. Every change to what a
 * watcher sees becomes a trace snapshot.
 */
export class ApiServer {
  readonly metadata: ObjectMeta;
  readonly name: string;
  readonly namespace: string;
  readonly uid: string;
  spec: PodSpec;
  status: PodStatus;
  deletionTimestamp: number | null = null;
  deletionGracePeriodSeconds: number | null = null;
  removed = false;
  /**
   * Bumped on every change to the pod object (what a sync reads of it): each change of its
   * status or deletion makes a snapshot, which bumps it; spec updates and removal bump it too.
   */
  version = 0;
  /** The kubelet's watch, while one runs. */
  watcher: ((change: ApiChange) => void) | null = null;

  constructor(
    pod: { metadata: ObjectMeta; spec: PodSpec },
    namespace: string,
    private readonly scheduler: Scheduler,
    private readonly recorder: TraceRecorder,
  ) {
    this.metadata = { ...pod.metadata };
    this.name = pod.metadata.name;
    this.namespace = pod.metadata.namespace ?? namespace;
    this.uid = `${this.namespace}-${this.name}`;
    // Spec updates replace container images and activeDeadlineSeconds: copy what they touch.
    this.spec = Object.assign({}, pod.spec, {
      containers: pod.spec.containers.map(modelContainer),
      ...(pod.spec.initContainers ? { initContainers: pod.spec.initContainers.map(modelContainer) } : {}),
    });
    // Created and bound at once: the scheduler's binding sets PodScheduled (R6.2); qosClass is set at creation (R8.2).
    this.status = {
      phase: 'Pending',
      conditions: [conditionWith({ type: 'PodScheduled', status: 'True' }, scheduler.now)],
      initContainerStatuses: [],
      containerStatuses: [],
      qosClass: computeQosClass(pod),
      startTime: null,
      reason: undefined,
      message: undefined,
    };
    this.snapshot();
  }

  writeStatus(status: PodStatus): void {
    if (this.removed || statusEquals(this.status, status)) return;
    this.status = shareUnchanged(this.status, status);
    this.snapshot();
  }

  /** A controller sets one condition (e.g. the node lifecycle controller's Ready=False, R10.2). */
  setCondition(condition: Omit<PodCondition, 'lastTransitionTime'>): void {
    if (this.removed) return;
    const old = this.status.conditions.find((c) => c.type === condition.type);
    const lastTransitionTime = old && old.status === condition.status ? old.lastTransitionTime : this.scheduler.now;
    const next: PodCondition = conditionWith(condition, lastTransitionTime);
    const conditions = old ? this.status.conditions.map((c) => (c.type === condition.type ? next : c)) : [...this.status.conditions, next];
    this.writeStatus(podStatusWithConditions(this.status, conditions));
  }

  /**
   * R5.1, R5.2 — strategy.go `CheckGracefulDelete`, rest `BeforeDelete`: grace from the
   * request or the spec; 0 for a terminal pod; a second delete may only shorten it.
   */
  requestDeletion(by: Deleter, gracePeriodSeconds: number | undefined, force: boolean): ChangeOutcome {
    if (this.removed) return { outcome: 'ignored', detail: 'the pod no longer exists' };
    let grace = force ? 0 : (gracePeriodSeconds ?? this.spec.terminationGracePeriodSeconds ?? 30);
    if (grace < 0) grace = 1;
    if (isTerminalPhase(this.status.phase)) grace = 0;
    const now = this.scheduler.now;
    if (this.deletionTimestamp !== null) {
      const current = this.deletionGracePeriodSeconds ?? 0;
      if (grace >= current) return { outcome: 'ignored', detail: `graceful deletion already pending with ${current}s; grace only shrinks` };
      grace = this.shortenDeletion(grace);
    } else {
      this.deletionTimestamp = now + grace * 1000;
      this.deletionGracePeriodSeconds = grace;
    }
    this.recorder.event({ at: now, type: 'DeletionRequested', by, gracePeriodSeconds: grace, force });
    if (grace === 0) {
      // The store writes the deletion metadata, then deletes: watchers see both (store.go Delete).
      this.snapshot();
      this.remove();
      this.watcher?.('removed');
      return { outcome: 'applied' };
    }
    this.snapshot();
    this.watcher?.('deleted');
    return { outcome: 'applied' };
  }

  /** R9.2, R9.3: a container image may be changed (non-empty). */
  updateImage(container: string, image: string): ChangeOutcome {
    if (this.removed) return { outcome: 'ignored', detail: 'the pod no longer exists' };
    const target = [...(this.spec.initContainers ?? []), ...this.spec.containers].find((c) => c.name === container);
    if (!target) return { outcome: 'rejected', detail: `no container named ${container}` };
    if (image.trim() === '' || image.trim() !== image) return { outcome: 'rejected', detail: 'spec.containers[].image: Required value' };
    if (target.image === image) return { outcome: 'ignored', detail: 'same image' };
    target.image = image;
    this.version++;
    this.watcher?.('spec');
    return { outcome: 'applied' };
  }

  /** R5.10: activeDeadlineSeconds may be set from nil or lowered, never raised or removed. */
  setActiveDeadline(seconds: number): ChangeOutcome {
    if (this.removed) return { outcome: 'ignored', detail: 'the pod no longer exists' };
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 2 ** 31 - 1) {
      return { outcome: 'rejected', detail: 'spec.activeDeadlineSeconds: Invalid value: must be between 1 and 2147483647, inclusive' };
    }
    const current = this.spec.activeDeadlineSeconds;
    if (current !== undefined && seconds > current) {
      return { outcome: 'rejected', detail: 'spec.activeDeadlineSeconds: Invalid value: must be less than or equal to previous value' };
    }
    this.spec.activeDeadlineSeconds = seconds;
    this.version++;
    this.watcher?.('spec');
    return { outcome: 'applied' };
  }

  /**
   * R5.8 — the kubelet's final delete (status_manager.go: grace 0, UID precondition). BeforeDelete
   * first writes the shortened deletion metadata — the timestamp back by the old grace, never
   * into the past — which watchers see, then the store deletes; with a grace of 0 already, it
   * deletes at once.
   */
  deleteAfterTermination(): void {
    if (this.removed) return;
    if (this.deletionTimestamp !== null && (this.deletionGracePeriodSeconds ?? 0) > 0) {
      this.shortenDeletion(0);
      this.snapshot();
    }
    this.remove();
  }

  /**
   * R5.2 — BeforeDelete on a pod already being deleted, with a shorter grace: the timestamp moves
   * back by the difference, but never into the past — then it is now, and a graceful request
   * (grace > 0) gets the shortest graceful period, 1 s. Returns the grace it set.
   */
  private shortenDeletion(grace: number): number {
    const now = this.scheduler.now;
    const shortened = this.deletionTimestamp! - (this.deletionGracePeriodSeconds ?? 0) * 1000 + grace * 1000;
    this.deletionTimestamp = Math.max(shortened, now);
    this.deletionGracePeriodSeconds = shortened < now && grace !== 0 ? 1 : grace;
    return this.deletionGracePeriodSeconds;
  }

  remove(): void {
    if (this.removed) return;
    this.removed = true;
    this.version++;
    this.recorder.event({ at: this.scheduler.now, type: 'PodRemoved' });
  }

  private snapshot(): void {
    this.version++;
    this.recorder.snapshot(new WatchedPod(this.scheduler.now, this.deletionTimestamp, this.deletionGracePeriodSeconds, this.status));
  }
}

/** The fields of a container the model reads, always all of them in one order (one object shape for every container). */
function modelContainer(c: Container): Container {
  return {
    name: c.name,
    image: c.image,
    imagePullPolicy: c.imagePullPolicy,
    restartPolicy: c.restartPolicy,
    resources: c.resources,
    startupProbe: c.startupProbe,
    livenessProbe: c.livenessProbe,
    readinessProbe: c.readinessProbe,
    lifecycle: c.lifecycle,
  };
}

/**
 * A snapshot as a watcher sees the pod. Made by a constructor, not a literal: V8 moves literals
 * that tend to outlive a scavenge straight to the old generation, and an old snapshot keeps
 * its young status alive through the next scavenge after the run has ended.
 */
class WatchedPod implements Snapshot {
  constructor(
    readonly at: number,
    readonly deletionTimestamp: number | null,
    readonly deletionGracePeriodSeconds: number | null,
    readonly status: PodStatus,
  ) {}
}
