import type { HookName, ProbeOutcome, ProbeType } from './behaviour.js';
import type { Fault } from './fault.js';
import type { ConditionStatus } from './pod-condition.js';
import type { Millis } from './time.js';

export const SIGNALS = ['SIGTERM', 'SIGKILL'] as const;
export type Signal = (typeof SIGNALS)[number];

/** Why the kubelet stops a container (kill reasons and messages of computePodActions / killPod). */
export const KILL_REASONS = [
  'PodTermination',
  'LivenessProbe',
  'StartupProbe',
  'SpecChanged',
  'PostStartHookFailed',
  /** computePodActions: no container is left to keep running (R2.12) — the whole pod is killed. */
  'NoContainerToKeep',
  'SandboxChanged',
  'InitContainerFailed',
] as const;
export type KillReason = (typeof KILL_REASONS)[number];

export const FAULT_OUTCOMES = ['applied', 'ignored', 'rejected'] as const;
export type FaultOutcome = (typeof FAULT_OUTCOMES)[number];

export const HOOK_RESULTS = ['Success', 'Failure', 'Abandoned'] as const;
export type HookResult = (typeof HOOK_RESULTS)[number];

export const DELETERS = ['user', 'taint-eviction'] as const;
export type Deleter = (typeof DELETERS)[number];

interface At {
  at: Millis;
}

export type TraceEvent = At &
  (
    | { type: 'FaultInjected'; fault: Fault; outcome: FaultOutcome; detail?: string }
    | { type: 'SandboxCreated'; attempt: number }
    | { type: 'ImagePulled'; container: string; image: string }
    | { type: 'ImagePullFailed'; container: string; image: string }
    | { type: 'ImagePullBackOff'; container: string; image: string }
    | { type: 'ContainerStarted'; container: string; restartCount: number }
    | { type: 'ContainerExited'; container: string; exitCode: number; reason: string }
    | { type: 'ContainerKilling'; container: string; reason: KillReason; gracePeriodSeconds: number }
    | { type: 'SignalSent'; container: string; signal: Signal }
    | { type: 'HookStarted'; container: string; hook: HookName }
    | { type: 'HookFinished'; container: string; hook: HookName; result: HookResult }
    | { type: 'ProbeResult'; container: string; probe: ProbeType; result: ProbeOutcome }
    | { type: 'BackOff'; container: string; delay: Millis }
    | { type: 'DeletionRequested'; by: Deleter; gracePeriodSeconds: number; force: boolean }
    | { type: 'NodeReadyChanged'; status: ConditionStatus }
    | { type: 'NodeTaintAdded'; taint: string }
    | { type: 'NodeTaintRemoved'; taint: string }
    | { type: 'PodRemoved' }
  );

export type TraceEventType = TraceEvent['type'];
export type TraceEventOf<T extends TraceEventType> = Extract<TraceEvent, { type: T }>;
