import type { ContainerBehaviour } from './behaviour.js';
import type { ScheduledFault } from './fault.js';
import type { Pod } from './pod-manifest.js';
import type { Millis } from './time.js';

export const SCENARIO_API_VERSION = 'podlife/v1alpha1';
export const SCENARIO_KIND = 'Scenario';

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
}

export const DEFAULT_HORIZON: Millis = 10 * 60 * 1000;
