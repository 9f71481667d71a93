import type { Citation, InvariantKind, InvariantLevel, Tolerance, Violation } from '../../specs/invariant.js';
import type { Scenario } from '../../specs/model/scenario.js';
import type { Trace } from '../../specs/model/trace.js';

export const RESULTS_SCHEMA_VERSION = 1;

/** A violation, shrunk to a small scenario that still shows it. */
export interface Counterexample {
  invariant: string;
  /** The run that first found it, its seed, and fast-check's path to the shrunk value. */
  run: number;
  seed: number;
  path: string;
  verdict: Omit<Violation, 'ok'>;
  scenario: Scenario;
  trace: Trace;
  /** Where the scenario file was written, if it was. */
  file?: string;
  replayCommand?: string;
}

export interface InvariantResult {
  id: string;
  title: string;
  citation: Citation;
  level: InvariantLevel;
  kind: InvariantKind;
  tolerance?: Tolerance;
  passed: number;
  violated: number;
  skipped: number;
  errored: number;
  /** Why it was skipped, and how often. */
  skipReasons: Record<string, number>;
  /** The first few errors an invariant threw (bugs in podlife). */
  errors: string[];
  counterexample?: Counterexample;
}

export interface RunMetadata {
  podlifeVersion: string;
  backend: string;
  provider?: string;
  kubernetesVersion: string;
  seed: number;
  requestedRuns: number;
  completedRuns: number;
  interrupted: boolean;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  options: { run: Record<string, unknown>; backend: Readonly<Record<string, unknown>> };
}

/** What a property run found: the input of every report. */
export interface RunResult {
  schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  metadata: RunMetadata;
  counts: {
    invariants: number;
    /** Invariants with no violation and no error. */
    passing: number;
    violated: number;
    errored: number;
    /** Invariants that never applied to any scenario of the run. */
    neverApplied: number;
  };
  invariants: InvariantResult[];
}
