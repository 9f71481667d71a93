import type { Millis } from './time.js';

/**
 * What a container's process does — the part of a scenario that is not Kubernetes
 * but the workload. The simulator follows it; on a real cluster it becomes a script.
 */
export const PROBE_TYPES = ['startup', 'liveness', 'readiness'] as const;
export type ProbeType = (typeof PROBE_TYPES)[number];

export const PROBE_OUTCOMES = ['Success', 'Failure'] as const;
export type ProbeOutcome = (typeof PROBE_OUTCOMES)[number];

export const HOOK_NAMES = ['postStart', 'preStop'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

/** One start of the process. No `exitAfter`: it runs until it is signalled. */
export interface Run {
  exitAfter?: Millis;
  /** Defaults to 0. */
  exitCode?: number;
}

/** `{exitAfter, exitCode}`: on SIGTERM, exit after that long; `{ignore: true}`: only SIGKILL ends it (exit 137). */
export type SigtermBehaviour = { ignore: true } | { ignore?: false; exitAfter?: Millis; exitCode?: number };

/** From `at` (relative to the start of each run) on, the probe answers `result`. */
export interface ProbeStep {
  at: Millis;
  result: ProbeOutcome;
}

export interface HookBehaviour {
  /** Defaults to 0. */
  duration?: Millis;
  /** Defaults to Success. */
  result?: ProbeOutcome;
}

export interface ContainerBehaviour {
  /** The i-th start follows runs[i]; the last entry repeats. */
  runs?: Run[];
  onSigterm?: SigtermBehaviour;
  probes?: Partial<Record<ProbeType, ProbeStep[]>>;
  hooks?: Partial<Record<HookName, HookBehaviour>>;
}

/** The documented defaults: runs until signalled, exits 0 at once on SIGTERM, every probe and hook succeeds at once. */
export function runOf(behaviour: ContainerBehaviour | undefined, startIndex: number): Run {
  const runs = behaviour?.runs;
  if (!runs || runs.length === 0) return {};
  return runs[Math.min(startIndex, runs.length - 1)] ?? {};
}

/** The outcome timeline of one probe of a container; none means every probe succeeds. */
export function probeStepsOf(behaviour: ContainerBehaviour | undefined, probe: ProbeType): readonly ProbeStep[] | undefined {
  return behaviour?.probes?.[probe];
}

/** The outcome a probe has `sinceStart` into its container's run: the last step reached, Success before the first. */
export function probeOutcomeAt(steps: readonly ProbeStep[] | undefined, sinceStart: Millis): ProbeOutcome {
  let outcome: ProbeOutcome = 'Success';
  if (!steps) return outcome;
  for (const step of steps) {
    if (step.at <= sinceStart) outcome = step.result;
    else break;
  }
  return outcome;
}

export function hookOf(behaviour: ContainerBehaviour | undefined, hook: HookName): Required<HookBehaviour> {
  const h = behaviour?.hooks?.[hook];
  return { duration: h?.duration ?? 0, result: h?.result ?? 'Success' };
}

export type ResolvedSigterm = { ignore: true } | { ignore: false; exitAfter: Millis; exitCode: number };

export function sigtermOf(behaviour: ContainerBehaviour | undefined): ResolvedSigterm {
  const s = behaviour?.onSigterm;
  if (s?.ignore) return { ignore: true };
  return { ignore: false, exitAfter: s?.exitAfter ?? 0, exitCode: s?.exitCode ?? 0 };
}
