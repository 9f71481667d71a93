import type { V1ContainerState, V1ContainerStatus, V1Pod, V1PodCondition } from '@kubernetes/client-node';
import type { ContainerState } from '../../../../specs/model/container-state.js';
import type { ContainerStatus } from '../../../../specs/model/container-status.js';
import type { ConditionStatus, PodCondition } from '../../../../specs/model/pod-condition.js';
import { POD_PHASES, type PodPhase } from '../../../../specs/model/pod-phase.js';
import { QOS_CLASSES, type QOSClass } from '../../../../specs/model/qos-class.js';
import type { Millis } from '../../../../specs/model/time.js';
import type { Snapshot } from '../../../../specs/model/trace.js';
import type { InstanceSighting, PodObservation } from './pod-observation.js';
import type { PrintedColumns } from './printed-columns.js';
import type { ScenarioClock } from './scenario-clock.js';

/**
 * The one place the cluster backend reads the client library's stringly-typed
 * `V1Pod` (DESIGN.md). Everything else works on the model's Snapshot and on the
 * instance sightings made here.
 */
export interface PodMappingContext {
  clock: ScenarioClock;
  /** The scenario's image for a reference the translated pod uses (statuses name the real one). */
  scenarioImage(ref: string): string;
}

export interface PodIdentity {
  uid: string;
  resourceVersion: string;
  creationTimestamp: string | Date | undefined;
}

export function v1PodIdentity(pod: V1Pod): PodIdentity {
  return {
    uid: pod.metadata?.uid ?? '',
    resourceVersion: pod.metadata?.resourceVersion ?? '',
    creationTimestamp: pod.metadata?.creationTimestamp,
  };
}

/** A Pod as the API showed it at trace time `at` (when the watch delivered it). */
export function v1PodToObservation(pod: V1Pod, at: Millis, ctx: PodMappingContext, printed?: PrintedColumns): PodObservation {
  const status = pod.status ?? {};
  const time = (v: string | Date | undefined | null) => ctx.clock.fromApi(v);
  const snapshot: Snapshot = {
    at,
    deletionTimestamp: time(pod.metadata?.deletionTimestamp),
    deletionGracePeriodSeconds: pod.metadata?.deletionGracePeriodSeconds ?? null,
    status: {
      phase: vocabulary(POD_PHASES, status.phase, 'Pending' as PodPhase),
      ...(status.reason ? { reason: status.reason } : {}),
      ...(status.message ? { message: status.message } : {}),
      conditions: (status.conditions ?? []).map((c) => condition(c, at, ctx)),
      initContainerStatuses: (status.initContainerStatuses ?? []).map((s) => containerStatus(s, at, ctx)),
      containerStatuses: (status.containerStatuses ?? []).map((s) => containerStatus(s, at, ctx)),
      qosClass: vocabulary(QOS_CLASSES, status.qosClass, 'BestEffort' as QOSClass),
      startTime: time(status.startTime),
    },
    ...(printed ? { printed } : {}),
  };
  const sightings = [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])].flatMap((s) => sightingsOf(s, ctx));
  return { at, uid: pod.metadata?.uid ?? '', resourceVersion: pod.metadata?.resourceVersion ?? '', snapshot, sightings };
}

function condition(c: V1PodCondition, at: Millis, ctx: PodMappingContext): PodCondition {
  return {
    type: c.type,
    status: vocabulary(['True', 'False', 'Unknown'] as const, c.status, 'Unknown' as ConditionStatus),
    ...(c.reason ? { reason: c.reason } : {}),
    ...(c.message ? { message: c.message } : {}),
    // Conditions without a transition time are not written by the kubelet; "now" is the best known.
    lastTransitionTime: ctx.clock.fromApi(c.lastTransitionTime) ?? at,
  };
}

function containerStatus(s: V1ContainerStatus, at: Millis, ctx: PodMappingContext): ContainerStatus {
  return {
    name: s.name,
    image: ctx.scenarioImage(s.image),
    state: containerState(s.state, at, ctx),
    lastState: containerState(s.lastState, at, ctx),
    ready: s.ready ?? false,
    started: s.started ?? false,
    restartCount: s.restartCount ?? 0,
    ...(s.containerID ? { containerID: s.containerID } : {}),
  };
}

function containerState(state: V1ContainerState | undefined, at: Millis, ctx: PodMappingContext): ContainerState {
  if (state?.running) return { running: { startedAt: ctx.clock.fromApi(state.running.startedAt) ?? at } };
  if (state?.terminated) {
    const t = state.terminated;
    return {
      terminated: {
        exitCode: t.exitCode,
        reason: t.reason ?? '',
        ...(t.message ? { message: t.message } : {}),
        ...(t.signal !== undefined ? { signal: t.signal } : {}),
        startedAt: ctx.clock.fromApi(t.startedAt),
        finishedAt: ctx.clock.fromApi(t.finishedAt),
      },
    };
  }
  if (state?.waiting) return { waiting: { reason: state.waiting.reason ?? '', ...(state.waiting.message ? { message: state.waiting.message } : {}) } };
  return {};
}

function sightingsOf(s: V1ContainerStatus, ctx: PodMappingContext): InstanceSighting[] {
  const out: InstanceSighting[] = [];
  const current = s.containerID || s.state?.terminated?.containerID;
  if (current && (s.state?.running || s.state?.terminated)) {
    out.push(sighting(s.name, current, s.restartCount, true, s.state, ctx));
  }
  const previous = s.lastState?.terminated?.containerID;
  if (previous) out.push(sighting(s.name, previous, undefined, false, s.lastState, ctx));
  return out;
}

function sighting(container: string, containerID: string, restartCount: number | undefined, current: boolean, state: V1ContainerState | undefined, ctx: PodMappingContext): InstanceSighting {
  const t = state?.terminated;
  return {
    container,
    containerID,
    restartCount,
    current,
    startedAt: ctx.clock.fromApi(state?.running?.startedAt ?? t?.startedAt),
    ...(t ? { terminated: { exitCode: t.exitCode, reason: t.reason ?? '', finishedAt: ctx.clock.fromApi(t.finishedAt) } } : {}),
  };
}

function vocabulary<T extends string>(values: readonly T[], value: string | undefined, fallback: T): T {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** The deletion a DELETE response shows: its grace period, or null when none is pending. */
export function v1PodDeletionGrace(pod: V1Pod | undefined): number | null {
  if (!pod?.metadata?.deletionTimestamp) return null;
  return pod.metadata.deletionGracePeriodSeconds ?? null;
}
