import type { Millis } from '../../../../specs/model/time.js';
import { apiTimeToEpochMs } from './api-time.js';

/**
 * Trace time on a real cluster. The origin is the Pod's `creationTimestamp`: API
 * timestamps have whole seconds, truncated, so taking the creation second as 0 keeps
 * every API time a whole, non-negative number that is at most 999 ms earlier than
 * what it stamps. Times measured here (watch arrivals, fault injections) and in the
 * containers (the scripts' log, microseconds) are read on the same clock: the node
 * runs on this machine's kernel (local, kind). The Pod itself was created up to a
 * second after the origin, and faults are scheduled from the origin too.
 */
export class ScenarioClock {
  constructor(readonly originEpochMs: number) {}

  static fromCreationTimestamp(value: string | Date | null | undefined): ScenarioClock {
    return new ScenarioClock(apiTimeToEpochMs(value) ?? Math.floor(Date.now() / 1000) * 1000);
  }

  now(): Millis {
    return Date.now() - this.originEpochMs;
  }

  fromEpochMs(epochMs: number): Millis {
    return epochMs - this.originEpochMs;
  }

  fromApi(value: string | Date | null | undefined): Millis | null {
    const ms = apiTimeToEpochMs(value);
    return ms === null ? null : ms - this.originEpochMs;
  }

  /** The epoch time of trace time `at`. */
  toEpochMs(at: Millis): number {
    return this.originEpochMs + at;
  }
}
