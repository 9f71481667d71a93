import { findCondition } from '../../../../specs/model/pod-condition.js';
import type { Millis } from '../../../../specs/model/time.js';
import type { Snapshot } from '../../../../specs/model/trace.js';
import type { TraceEvent } from '../../../../specs/model/trace-event.js';
import type { KubeEventOccurrence } from './kube-event.js';

/**
 * SandboxCreated. The kubelet announces no sandbox creation; it announces a
 * re-creation ("SandboxChanged: Pod sandbox changed, it will be killed and
 * re-created"). A sandbox exists from the first of: PodReadyToStartContainers
 * turning True, the first image or container start of the pod. Attempt n follows
 * the n-th SandboxChanged the same way.
 */
export function sandboxEvents(snapshots: readonly Snapshot[], occurrences: readonly KubeEventOccurrence[], podEvents: readonly TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  const changes = occurrences.filter((o) => o.reason === 'SandboxChanged').map((o) => o.at);
  const starts = [-Infinity, ...changes];
  starts.forEach((from, attempt) => {
    const to = starts[attempt + 1] ?? Infinity;
    const at = firstSign(snapshots, podEvents, from, to);
    if (at !== undefined) out.push({ at, type: 'SandboxCreated', attempt });
  });
  return out;
}

function firstSign(snapshots: readonly Snapshot[], podEvents: readonly TraceEvent[], from: Millis, to: Millis): Millis | undefined {
  let first = Infinity;
  for (const e of podEvents) {
    if ((e.type === 'ContainerStarted' || e.type === 'ImagePulled' || e.type === 'ImagePullFailed') && e.at > from && e.at < to) first = Math.min(first, e.at);
  }
  for (const s of snapshots) {
    if (s.at <= from || s.at >= to) continue;
    const ready = findCondition(s.status.conditions, 'PodReadyToStartContainers');
    if (ready?.status === 'True') {
      first = Math.min(first, Math.max(ready.lastTransitionTime, from === -Infinity ? -Infinity : from), s.at);
      break;
    }
  }
  return Number.isFinite(first) ? first : undefined;
}
