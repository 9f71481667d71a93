import { isSidecar } from '../../../specs/model/container-role.js';
import type { Coroutine, Eventually } from '../engine/latch.js';
import type { RuntimePodStatus } from '../runtime/runtime-pod-status.js';
import { computePodActions } from './compute-pod-actions.js';
import { killContainer } from './kill-container.js';
import { killPod } from './kill-pod.js';
import type { Kubelet } from './kubelet.js';
import type { StartResult } from './reason-cache.js';
import { backOffHolds, backOffRefusal, doBackOff, startContainer } from './start-container.js';
import type { PodActions } from './pod-actions.js';
import { SyncInputs } from './sync-inputs.js';

export interface RuntimeSyncResult {
  readonly starts: readonly StartResult[];
  /** Any step failed (a backoff counts): the pod worker re-syncs after backOffPeriod. */
  failed: boolean;
}

/**
 * kuberuntime_manager.go `SyncPod`: compute the actions, kill what must go (the whole
 * pod when the sandbox changed or nothing is left to run), prune or purge init
 * containers, create the sandbox, start init containers (stopping at the first regular
 * one that fails to start), then regular containers — one after the other.
 */
export function runtimeSyncPod(k: Kubelet, alive: () => boolean, podStatus: RuntimePodStatus): Eventually<RuntimeSyncResult> {
  const actions = k.actions.of(k, podStatus);
  // Most syncs kill nothing and start nothing their back-off lets through: nothing to wait for.
  if (!actions.killPod && actions.containersToKill.length === 0 && !actions.createSandbox && allHeldBack(k, podStatus, actions)) {
    pruneInitContainers(k, podStatus);
    return startsHeldBack(k, actions);
  }
  return converge(k, alive, podStatus, actions);
}

/**
 * computePodActions, a pure function of the spec, the deletion, the runtime status, the probe
 * results and the kubelet's rules: the last answer holds while they do (actions are only read).
 */
export class ComputedActions {
  private readonly inputs = new SyncInputs();
  private last: PodActions | null = null;

  of(k: Kubelet, podStatus: RuntimePodStatus): PodActions {
    if (this.last !== null && this.inputs.same(k, podStatus)) return this.last;
    this.inputs.take(k, podStatus);
    const { api } = k.ctx;
    return (this.last = computePodActions(api.spec, podStatus, api.deletionTimestamp !== null, k.probeResults, k.ctx.rules));
  }

  forget(): void {
    this.inputs.forget();
    this.last = null;
  }
}

/** Every container the sync would start is held back by its crash-loop back-off (doBackOff would refuse each). */
function allHeldBack(k: Kubelet, podStatus: RuntimePodStatus, actions: PodActions): boolean {
  const spec = k.ctx.api.spec;
  const inits = spec.initContainers ?? [];
  for (let i = 0; i < actions.initContainersToStart.length; i++) if (!backOffHolds(k, inits[actions.initContainersToStart[i]!]!, podStatus)) return false;
  for (let i = 0; i < actions.containersToStart.length; i++) if (!backOffHolds(k, spec.containers[actions.containersToStart[i]!]!, podStatus)) return false;
  return true;
}

/** What `converge` does when nothing is killed or created and every start is held back: each start's back-off error. */
function startsHeldBack(k: Kubelet, actions: PodActions): RuntimeSyncResult {
  if (k.ctx.runtime.currentSandboxAttempt() === undefined) return NOTHING_STARTED;
  if (actions.initContainersToStart.length + actions.containersToStart.length === 0) return NOTHING_STARTED;
  const spec = k.ctx.api.spec;
  const inits = spec.initContainers ?? [];
  const starts: StartResult[] = [];
  for (let i = 0; i < actions.initContainersToStart.length; i++) {
    const container = inits[actions.initContainersToStart[i]!]!;
    starts.push(backOffRefusal(k, container));
    if (!isSidecar(container)) return { starts, failed: true };
  }
  for (let i = 0; i < actions.containersToStart.length; i++) starts.push(backOffRefusal(k, spec.containers[actions.containersToStart[i]!]!));
  return { starts, failed: true };
}

/** The sync as the runtime manager runs it, waiting for kills, the sandbox and starts. */
function* converge(k: Kubelet, alive: () => boolean, podStatus: RuntimePodStatus, actions: PodActions): Coroutine<RuntimeSyncResult> {
  const { runtime, api, scheduler, options } = k.ctx;
  const spec = api.spec;
  const deletionGracePeriodSeconds = api.deletionGracePeriodSeconds;

  if (actions.killPod) {
    yield* killPod(k, alive, podStatus, { reason: actions.createSandbox ? 'SandboxChanged' : 'NoContainerToKeep', deletionGracePeriodSeconds });
    if (actions.createSandbox) purgeInitContainers(k, podStatus);
  } else {
    const kills = actions.containersToKill.length > 1 ? [...actions.containersToKill].sort((a, b) => a.recordId - b.recordId) : actions.containersToKill;
    for (let i = 0; i < kills.length; i++) {
      yield* killContainer(k, kills[i]!.recordId, { reason: kills[i]!.reason, deletionGracePeriodSeconds });
    }
  }
  pruneInitContainers(k, podStatus);

  if (actions.createSandbox) {
    if (options.sandboxCreationTime > 0) yield scheduler.sleep(options.sandboxCreationTime);
    runtime.createSandbox(actions.attempt);
  }
  const sandbox = runtime.currentSandboxAttempt();
  if (sandbox === undefined) return actions.killPod ? NOTHING_STARTED_FAILED : NOTHING_STARTED;
  const toStart = actions.initContainersToStart.length + actions.containersToStart.length;
  if (toStart === 0) return NOTHING_STARTED;

  const starts: StartResult[] = [];
  const inits = spec.initContainers ?? [];
  let failed = false;
  for (let i = 0; i < actions.initContainersToStart.length; i++) {
    const container = inits[actions.initContainersToStart[i]!]!;
    const result = doBackOff(k, container, podStatus) ?? (yield* startContainer(k, container, podStatus, sandbox, deletionGracePeriodSeconds));
    starts.push(result);
    if (!result.error) continue;
    if (!isSidecar(container)) return { starts, failed: true };
    failed = true;
  }
  for (let i = 0; i < actions.containersToStart.length; i++) {
    const container = spec.containers[actions.containersToStart[i]!]!;
    const result = doBackOff(k, container, podStatus) ?? (yield* startContainer(k, container, podStatus, sandbox, deletionGracePeriodSeconds));
    starts.push(result);
    if (result.error) failed = true;
  }
  return { starts, failed };
}

/** What a sync that starts nothing reports (results are never changed). */
const NOTHING_STARTED: RuntimeSyncResult = { starts: [], failed: false };
const NOTHING_STARTED_FAILED: RuntimeSyncResult = { starts: [], failed: true };

/** R2.5 — `purgeInitContainers`: a new sandbox starts init from scratch. */
function purgeInitContainers(k: Kubelet, podStatus: RuntimePodStatus): void {
  const names = new Set((k.ctx.api.spec.initContainers ?? []).map((c) => c.name));
  k.ctx.runtime.remove(new Set(podStatus.containers.filter((c) => names.has(c.name)).map((c) => c.id)));
}

/** `pruneInitContainersBeforeStart`: keep only the newest exited record of each init container. */
function pruneInitContainers(k: Kubelet, podStatus: RuntimePodStatus): void {
  if (podStatus.prunedAlready) return;
  let drop: Set<number> | null = null;
  for (const container of k.ctx.api.spec.initContainers ?? []) {
    const records = podStatus.byName.get(container.name);
    if (records === undefined) continue;
    let kept = false;
    for (const c of records) {
      if (c.state !== 'exited' && c.state !== 'unknown') continue;
      if (kept) (drop ??= new Set()).add(c.id);
      else kept = true;
    }
  }
  if (drop !== null) k.ctx.runtime.remove(drop);
  else podStatus.prunedAlready = true;
}
