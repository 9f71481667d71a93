import type { Millis } from '../../../../specs/model/time.js';

/** One run of a container's process, put together from statuses and the scripts' log. */
export interface ObservedInstance {
  container: string;
  containerID: string | undefined;
  /** The script's start number, when the script logged its start. */
  start: number | undefined;
  restartCount: number;
  startedAt: Millis;
  /** How the start time is known: the script's log (ms) or only a status (whole seconds). */
  startedFrom: 'log' | 'status';
  exit?: ObservedExit;
  sigterms: Millis[];
  /** The last line the script wrote while this instance ran. */
  lastLogAt: Millis | undefined;
}

export interface ObservedExit {
  at: Millis;
  exitCode: number;
  reason: string;
  /**
   * `log`: the script logged its own exit; `status`: finishedAt and when the status arrived;
   * `node`: the task seen stopped on the node after the pod left the API; `inferred`: none of these.
   */
  from: 'log' | 'status' | 'node' | 'inferred';
}
