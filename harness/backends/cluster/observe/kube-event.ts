import type { Millis } from '../../../../specs/model/time.js';

/**
 * One occurrence of a core/v1 Event about the Pod, as the kubelet (or a controller)
 * reported it: an Event object seen for the first time, or its count going up.
 * Times are when the watch delivered it (the Event's own timestamps have whole seconds).
 */
export interface KubeEventOccurrence {
  at: Millis;
  reason: string;
  message: string;
  /** From `involvedObject.fieldPath` (`spec.containers{app}`), when the Event is about a container. */
  container: string | undefined;
  /** Which component reported it (`kubelet`, `taint-eviction-controller` …). */
  source: string;
}
