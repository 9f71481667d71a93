import type { Scenario } from './model/scenario.js';
import type { Millis } from './model/time.js';
import type { Trace } from './model/trace.js';

/** Where Kubernetes promises it: a SEMANTICS.md rule id and the upstream source it cites. */
export interface Citation {
  /** e.g. `R4.4` (SEMANTICS.md). */
  rule: string;
  /** e.g. `pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff`, or a docs page. */
  source: string;
  /** A link a person can open: the docs page, or the upstream file. */
  url: string;
}

export const INVARIANT_LEVELS = ['must', 'should'] as const;
export type InvariantLevel = (typeof INVARIANT_LEVELS)[number];

export const INVARIANT_KINDS = ['safety', 'timing'] as const;
export type InvariantKind = (typeof INVARIANT_KINDS)[number];

/** How far a real kubelet may be from the model's moment, and why. */
export interface Tolerance {
  early: Millis;
  late: Millis;
  why: string;
}

export interface Pass {
  ok: true;
}

export interface Violation {
  ok: false;
  /** When (ms since the scenario started) the trace departs from the promise. */
  at: Millis;
  expected: string;
  observed: string;
  message: string;
  container?: string;
}

export type Verdict = Pass | Violation;

/**
 * Something only some backends record. An invariant that needs it is skipped (with a reason)
 * on a trace that lacks it; the reference simulator records none of these.
 */
export const BACKEND_OBSERVATIONS = ['server-printed-columns'] as const;
export type BackendObservation = (typeof BACKEND_OBSERVATIONS)[number];

/** Why an invariant does not apply to a scenario or trace — reported as a skip, never a pass. */
export type Applicability = true | { skip: string };

/**
 * A promise of the Pod lifecycle: data, a pure predicate over what a backend observed,
 * and the citation that says Kubernetes makes it.
 */
export interface Invariant {
  /** Stable, `topic/name`. */
  id: string;
  title: string;
  citation: Citation;
  level: InvariantLevel;
  kind: InvariantKind;
  /** Required for timing invariants. */
  tolerance?: Tolerance;
  /** What the invariant reads that only some backends record (see BACKEND_OBSERVATIONS). */
  needs?: BackendObservation;
  appliesTo?(scenario: Scenario, trace: Trace): Applicability;
  check(trace: Trace, scenario: Scenario): Verdict;
}

export const PASS: Pass = { ok: true };

export function violation(v: Omit<Violation, 'ok'>): Violation {
  return { ok: false, ...v };
}
