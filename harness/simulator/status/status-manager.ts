import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { PodCondition } from '../../../specs/model/pod-condition.js';
import type { PodSpec } from '../../../specs/model/pod-manifest.js';
import type { PodStatus } from '../../../specs/model/pod-status.js';
import type { Millis } from '../../../specs/model/time.js';
import { isSidecar } from '../../../specs/model/container-role.js';
import type { GeneratedCondition } from './pod-conditions.js';
import { NotMetConditions, readyCondition } from './pod-conditions.js';
import type { KubeletRules } from '../rules/kubelet-rules.js';
import { isKubeletCondition, mergePodStatus } from './merge-pod-status.js';
import { conditionWith, containerStatusWith, podStatusWith, podStatusWithConditions } from './status-objects.js';
import { containerEquals, listEquals, shareUnchanged } from '../control-plane/status-equals.js';
import { clearList } from '../engine/clear-list.js';

/** A status as generateAPIPodStatus produces it: conditions not yet stamped. */
export type GeneratedPodStatus = Omit<PodStatus, 'conditions'> & { conditions: (GeneratedCondition | PodCondition)[] };

export interface StatusManagerHost {
  now(): Millis;
  rules: KubeletRules;
  spec(): PodSpec;
  apiStatus(): PodStatus;
  /** PodCouldHaveRunningContainers: true until the pod worker finished terminating. */
  couldHaveRunningContainers(): boolean;
  write(status: PodStatus): void;
  /** Probe workers read the cached status. */
  cacheChanged(status: PodStatus): void;
}

/**
 * pkg/kubelet/status/status_manager.go: the kubelet's cached status, the rules applied
 * when it changes (illegal transitions dropped, R9.4; lastTransitionTime, R6.8;
 * startTime, R1.10) and the merge into the API (R1.6).
 */
export class StatusManager {
  private cache: PodStatus | null = null;
  private readonly notMet = new NotMetConditions();
  /** The conditions last stamped at each position, and what each became. */
  private readonly stampedFrom: (GeneratedCondition | PodCondition)[] = [];
  private readonly stampedTo: PodCondition[] = [];

  constructor(private readonly host: StatusManagerHost) {}

  /** GetPodStatus, falling back to the API's status as the kubelet does. */
  status(): PodStatus {
    return this.cache ?? this.host.apiStatus();
  }

  /** GetPodStatus as probe workers call it: only a status this status manager holds. */
  cachedStatus(): PodStatus | null {
    return this.cache;
  }

  /** Forgets the cached status (the kubelet is gone). */
  release(): void {
    this.cache = null;
    this.notMet.made.clear();
    clearList(this.stampedFrom);
    clearList(this.stampedTo);
  }

  setPodStatus(status: GeneratedPodStatus): void {
    this.updateStatusInternal(status);
  }

  /** SetContainerReadiness: flips one container's ready and regenerates Ready and ContainersReady. */
  setContainerReadiness(containerID: string, ready: boolean): void {
    if (!this.cache) return;
    const status = withContainer(this.cache, containerID, ready, 'ready');
    if (!status) return;
    const spec = this.host.spec();
    const all: ContainerStatus[] = [];
    for (const s of status.initContainerStatuses) all.push(s);
    for (const s of status.containerStatuses) all.push(s);
    const containersReady = this.host.rules.containersReadyCondition(spec, all, status.phase, this.notMet);
    const podReady = readyCondition(spec, status.conditions, containersReady);
    const conditions: (GeneratedCondition | PodCondition)[] = [];
    for (const c of status.conditions) conditions.push(c.type === 'Ready' ? podReady : c.type === 'ContainersReady' ? containersReady : c);
    status.conditions = conditions as PodCondition[];
    this.updateStatusInternal(status);
  }

  /** SetContainerStartup */
  setContainerStartup(containerID: string, started: boolean): void {
    if (!this.cache) return;
    const status = withContainer(this.cache, containerID, started, 'started');
    if (status) this.updateStatusInternal(status);
  }

  /** R1.8 — TerminatePod: the final status of a pod the worker finished terminating. */
  terminatePod(): void {
    const status = this.host.rules.terminatePodStatus(this.host.spec(), this.status());
    this.updateStatusInternal(status, true);
  }

  /** Re-sends the cached status (the status manager's periodic reconcile). */
  resync(): void {
    if (this.cache) this.host.write(mergePodStatus(this.host.apiStatus(), this.cache, this.host.couldHaveRunningContainers(), this.host.now()));
  }

  private updateStatusInternal(generated: GeneratedPodStatus, force = false): void {
    const cache = this.cache;
    if (!force && cache !== null && this.wouldKeep(cache, generated)) return;
    const old = cache ?? this.host.apiStatus();
    const spec = this.host.spec();
    if (!legalContainerTransitions(old, generated, spec)) return;
    const now = this.host.now();
    const conditions = this.stamped(old.conditions, generated.conditions, now);
    // What did not change is the cached object itself: later comparisons and snapshots share it.
    // Not kept (wouldKeep), so it differs from the cached status: needsUpdate holds.
    const status: PodStatus = shareUnchanged(old, podStatusWithConditions(generated as PodStatus, conditions, old.startTime ?? generated.startTime ?? now));
    this.cache = status;
    this.host.cacheChanged(status);
    this.resync();
  }

  /** updateLastTransitionTime for each kubelet condition (others pass through); an unchanged condition is the old object. */
  private stamped(old: PodCondition[], generated: readonly (GeneratedCondition | PodCondition)[], now: Millis): PodCondition[] {
    // Made only once one differs from the old list (most updates change a container, not a condition).
    let conditions: PodCondition[] | null = generated.length === old.length ? null : [];
    for (let i = 0; i < generated.length; i++) {
      const c = generated[i]!;
      let stamped: PodCondition;
      if (c === this.stampedFrom[i] && old[i] === this.stampedTo[i]) {
        // Stamped from this very condition last time, and still the status's: restamping keeps it (see KubeletRules.lastTransitionTime).
        stamped = old[i]!;
      } else {
        stamped = this.stamp(old, c, i, now);
        this.stampedFrom[i] = c;
        this.stampedTo[i] = stamped;
      }
      if (conditions === null && stamped !== old[i]) conditions = old.slice(0, i);
      if (conditions !== null) conditions.push(stamped);
    }
    return conditions ?? old;
  }

  private stamp(old: readonly PodCondition[], c: GeneratedCondition | PodCondition, position: number, now: Millis): PodCondition {
    if (!isKubeletCondition(c.type) && c.type !== 'DisruptionTarget') return c as PodCondition;
    const previous = conditionOfType(old, c.type, position);
    const lastTransitionTime = this.host.rules.lastTransitionTime(previous, c, now);
    return previous && previous.lastTransitionTime === lastTransitionTime && sameCondition(previous, c) ? previous : conditionWith(c, lastTransitionTime);
  }

  /**
   * The generated status stamps to one equal to the cached one, so updateStatusInternal would
   * drop it (needsUpdate false): same fields, the same conditions at the same places keeping
   * their lastTransitionTime, and equal container statuses. Asked first, as most syncs change nothing.
   */
  private wouldKeep(cache: PodStatus, generated: GeneratedPodStatus): boolean {
    if (
      generated.phase !== cache.phase ||
      generated.reason !== cache.reason ||
      generated.message !== cache.message ||
      generated.qosClass !== cache.qosClass ||
      cache.startTime == null ||
      generated.conditions.length !== cache.conditions.length ||
      !listEquals(cache.initContainerStatuses, generated.initContainerStatuses, containerEquals) ||
      !listEquals(cache.containerStatuses, generated.containerStatuses, containerEquals)
    ) {
      return false;
    }
    const now = this.host.now();
    for (let i = 0; i < cache.conditions.length; i++) {
      const previous = cache.conditions[i]!;
      const next = generated.conditions[i]!;
      if (previous === next) continue;
      if (!sameCondition(previous, next)) return false;
      const stamped = !isKubeletCondition(next.type) && next.type !== 'DisruptionTarget' ? (next as PodCondition).lastTransitionTime : this.host.rules.lastTransitionTime(previous, next, now);
      if (stamped !== previous.lastTransitionTime) return false;
    }
    return true;
  }
}

/** R9.4 — status_manager.go `checkContainerStateTransition` */

function legalContainerTransitions(old: PodStatus, next: GeneratedPodStatus, spec: PodSpec): boolean {
  const policy = spec.restartPolicy ?? 'Always';
  if (policy === 'Always') return true;
  const frozen = (s: ContainerStatus) => s.state.terminated && !(s.state.terminated.exitCode !== 0 && policy === 'OnFailure');
  for (const o of old.containerStatuses) {
    if (!frozen(o)) continue;
    if (next.containerStatuses.some((n) => n.name === o.name && !n.state.terminated)) return false;
  }
  const inits = spec.initContainers ?? [];
  for (const o of old.initContainerStatuses) {
    const container = inits.find((c) => c.name === o.name);
    if (!container || isSidecar(container) || !frozen(o)) continue;
    if (next.initContainerStatuses.some((n) => n.name === o.name && !n.state.terminated)) return false;
  }
  return true;
}

function sameCondition(a: PodCondition, b: GeneratedCondition | PodCondition): boolean {
  return a.type === b.type && a.status === b.status && a.reason === b.reason && a.message === b.message;
}

/** The condition of that type (one of each in a status); the generator's order is the status's, so its position is tried first. */
function conditionOfType(conditions: readonly PodCondition[], type: string, position: number): PodCondition | undefined {
  if (position < conditions.length && conditions[position]!.type === type) return conditions[position];
  for (const c of conditions) if (c.type === type) return c;
  return undefined;
}

/**
 * A copy of the status with the container of that ID given that flag, the other container
 * statuses shared; undefined when there is no such container or it has the flag already.
 */
function withContainer(status: PodStatus, containerID: string, value: boolean, flag: 'ready' | 'started'): PodStatus | undefined {
  for (let pass = 0; pass < 2; pass++) {
    const list = pass === 0 ? status.initContainerStatuses : status.containerStatuses;
    for (let i = 0; i < list.length; i++) {
      const target = list[i]!;
      if (target.containerID !== containerID) continue;
      if (target[flag] === value) return undefined;
      const copy = list.slice();
      copy[i] = flag === 'ready' ? containerStatusWith(target, { ready: value }) : containerStatusWith(target, { started: value });
      return pass === 0 ? podStatusWith(status, { initContainerStatuses: copy }) : podStatusWith(status, { containerStatuses: copy });
    }
  }
  return undefined;
}
