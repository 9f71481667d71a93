import type { ContainerBehaviour } from './behaviour.js';
import type { ScheduledFault } from './fault.js';
import type { Pod } from './pod-manifest.js';
import type { Millis } from './time.js';

export const SCENARIO_API_VERSION = 'podlife/v1alpha1';
export const SCENARIO_KIND = 'Scenario';

/** Where a generated scenario came from: enough to regenerate it and to check the verdict again. */
export interface ScenarioOrigin {
  /** The invariant it violated. */
  invariant: string;
  backend: string;
  /** The run's own seed, and fast-check's path to the shrunk value (`fc.check(…, {seed, path})`). */
  seed: number;
  path: string;
  /** The property run it came from: its seed and the run's index. */
  runSeed: number;
  run: number;
  /** The violation as found, to compare a replay with. */
  verdict: { at: Millis; expected: string; observed: string; message: string; container?: string };
}

/**
 * One reproducible case: a Pod, what each container's process does, and a fault
 * schedule. Plain data (durations already in milliseconds); the file form is in
 * harness/scenario/ and the README.
 */
export interface Scenario {
  apiVersion: typeof SCENARIO_API_VERSION;
  kind: typeof SCENARIO_KIND;
  name: string;
  description?: string;
  /** The observation horizon; defaults to 10 minutes. */
  until: Millis;
  pod: Pod;
  /** Behaviour by container name; a container without an entry uses the defaults. */
  containers: Record<string, ContainerBehaviour>;
  /** Sorted by `at`. */
  faults: ScheduledFault[];
  /** Set on counterexamples found by `podlife run`. */
  origin?: ScenarioOrigin;
}

export const DEFAULT_HORIZON: Millis = 10 * 60 * 1000;
