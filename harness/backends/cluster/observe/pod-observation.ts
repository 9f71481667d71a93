import type { Millis } from '../../../../specs/model/time.js';
import type { Snapshot } from '../../../../specs/model/trace.js';

/**
 * One container instance as a status showed it — in `state` (current) or in
 * `lastState` (the one before). Instances are told apart by `containerID`, which
 * the Snapshot model does not keep for `lastState`.
 */
export interface InstanceSighting {
  container: string;
  containerID: string;
  /** `restartCount` of the status that showed it as current. */
  restartCount: number | undefined;
  current: boolean;
  startedAt: Millis | null;
  terminated?: { exitCode: number; reason: string; finishedAt: Millis | null };
}

/** What one watch event of the Pod said, in trace time. */
export interface PodObservation {
  at: Millis;
  uid: string;
  resourceVersion: string;
  snapshot: Snapshot;
  sightings: InstanceSighting[];
}
