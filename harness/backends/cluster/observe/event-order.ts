import type { TraceEvent } from '../../../../specs/model/trace-event.js';

/**
 * Events at the same millisecond in causal order: a fault before what it causes (as the
 * simulator records it: a DeletePod's FaultInjected before its DeletionRequested), a request
 * before what it causes,
 * a kill before the signal, an abandoned preStop before the SIGTERM that follows it,
 * an exit before the restart. Sorting is stable, so same-rank events keep the order
 * they were derived in.
 */
export function eventRank(e: TraceEvent): number {
  switch (e.type) {
    case 'FaultInjected':
      return 0;
    case 'DeletionRequested':
      return 1;
    case 'NodeReadyChanged':
    case 'NodeTaintAdded':
    case 'NodeTaintRemoved':
      return 2;
    case 'ContainerKilling':
      return 3;
    case 'HookFinished':
      return e.result === 'Abandoned' ? 4 : 12;
    case 'SignalSent':
      return 5;
    case 'ContainerExited':
      return 6;
    case 'BackOff':
      return 7;
    case 'SandboxCreated':
      return 8;
    case 'ImagePulled':
    case 'ImagePullFailed':
    case 'ImagePullBackOff':
      return 9;
    case 'ContainerStarted':
      return 10;
    case 'HookStarted':
      return 11;
    case 'ProbeResult':
      return 13;
    case 'PodRemoved':
      return 14;
    default: {
      const never: never = e;
      return never;
    }
  }
}

export function sortEvents(events: readonly TraceEvent[]): TraceEvent[] {
  return [...events].sort((a, b) => a.at - b.at || eventRank(a) - eventRank(b));
}
