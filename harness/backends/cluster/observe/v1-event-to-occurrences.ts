import type { CoreV1Event } from '@kubernetes/client-node';
import type { Millis } from '../../../../specs/model/time.js';
import type { KubeEventOccurrence } from './kube-event.js';

/**
 * The one place the cluster backend reads `CoreV1Event`. The kubelet's recorder
 * aggregates repeats into one object whose `count` grows (and a series' `count`),
 * so each watch delivery yields as many occurrences as the count grew by; an Event
 * seen for the first time counts once.
 */
export function v1EventToOccurrences(event: CoreV1Event, previousCount: number | undefined, at: Millis): { occurrences: KubeEventOccurrence[]; count: number } {
  const count = Math.max(event.count ?? 1, event.series?.count ?? 0, 1);
  const times = previousCount === undefined ? 1 : Math.max(0, count - previousCount);
  const fieldPath = event.involvedObject?.fieldPath ?? '';
  const container = /^spec\.(?:initContainers|containers|ephemeralContainers)\{(.+)\}$/.exec(fieldPath)?.[1];
  const occurrence: KubeEventOccurrence = {
    at,
    reason: event.reason ?? '',
    message: event.message ?? '',
    container,
    source: event.source?.component ?? event.reportingComponent ?? '',
  };
  return { occurrences: Array.from({ length: times }, () => ({ ...occurrence })), count };
}

/** The key the aggregation is tracked under. */
export function v1EventKey(event: CoreV1Event): string {
  return event.metadata?.uid ?? `${event.metadata?.namespace}/${event.metadata?.name}`;
}
