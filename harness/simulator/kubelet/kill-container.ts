import type { Container, LifecycleHandler, PodSpec } from '../../../specs/model/pod-manifest.js';
import type { ContainerRecord } from '../runtime/container-record.js';
import type { KillReason } from '../../../specs/model/trace-event.js';
import type { Coroutine } from '../engine/latch.js';
import type { Kubelet } from './kubelet.js';
import { MINIMUM_GRACE_PERIOD_SECONDS, terminationGracePeriod } from './grace-period.js';
import { runHook } from './run-hook.js';
import type { TerminationOrdering } from './termination-ordering.js';

export interface KillOptions {
  reason: KillReason;
  /**
   * The pod object's deletionGracePeriodSeconds as the sync that kills saw it when it
   * began: a sync in flight at a deletion keeps its pod object (kubelet.go SyncPod).
   */
  deletionGracePeriodSeconds: number | null;
  /** Pod termination passes its grace period down (KillPod's gracePeriodOverride). */
  gracePeriodOverride?: number;
}

/**
 * R5.3–R5.5, R2.13 — kuberuntime_container.go `killContainer`: preStop (at most the
 * grace period, whole seconds subtracted), the sidecar's turn, then StopContainer with
 * at least 2 s between SIGTERM and SIGKILL.
 */
export function* killContainer(k: Kubelet, recordId: number, options: KillOptions, ordering?: TerminationOrdering): Coroutine {
  const { scheduler, runtime, api, recorder } = k.ctx;
  const record = runtime.record(recordId);
  if (!record) return;
  const container = specOf(api.spec, record.name);
  if (!container) return;
  let grace = terminationGracePeriod(api.spec, options.deletionGracePeriodSeconds, container, options.reason);
  if (options.gracePeriodOverride !== undefined) grace = options.gracePeriodOverride;
  recorder.event({ at: scheduler.now, type: 'ContainerKilling', container: record.name, reason: options.reason, gracePeriodSeconds: grace });

  const rules = k.ctx.rules;
  const preStop = container.lifecycle?.preStop;
  if (preStop && rules.killOrder === 'preStop-then-signal') grace -= yield* runPreStop(k, record, preStop, grace);
  if (ordering && grace > 0) {
    grace -= yield* ordering.waitForTurn(scheduler, record.name, grace);
  }
  grace = Math.max(grace, MINIMUM_GRACE_PERIOD_SECONDS);
  const stopped = runtime.stop(record, rules.stopTimeout(grace));
  if (preStop && rules.killOrder === 'signal-then-preStop') grace -= yield* runPreStop(k, record, preStop, grace);
  yield stopped;
  ordering?.containerTerminated(record.name);
}

/** The preStop hook, given at most the grace period; returns the whole seconds it used. */
function* runPreStop(k: Kubelet, record: ContainerRecord, preStop: LifecycleHandler, grace: number): Coroutine<number> {
  if (grace <= 0 || record.state !== 'running') return 0;
  const { scheduler, recorder } = k.ctx;
  const start = scheduler.now;
  yield* runHook(scheduler, recorder, record, 'preStop', preStop, k.ctx.scenario.containers[record.name], start + grace * 1000);
  return Math.floor((scheduler.now - start) / 1000);
}

/** The spec of the container of that name, the first in spec order (init containers first). */
function specOf(spec: PodSpec, name: string): Container | undefined {
  for (const c of spec.initContainers ?? []) if (c.name === name) return c;
  for (const c of spec.containers) if (c.name === name) return c;
  return undefined;
}
