import type { TraceEvent } from '../../../../specs/model/trace-event.js';

/**
 * Events at the same millisecond in causal order: a fault before what it causes (as the
 * simulator records it: a DeletePod's FaultInjected before its DeletionRequested), a request
 * before what it causes,
 * a kill before its preStop and the preStop (a `sleep: {seconds: 0}` one starts and ends
 * in the same millisecond) before the SIGTERM that follows it, an exit before the restart,
 * a start before its postStart. Sorting is stable, so same-rank events keep the order
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
    // R5.3: killContainer runs the preStop between the kill and the signal, whatever its result.
    case 'HookStarted':
      return e.hook === 'preStop' ? 4 : 12;
    case 'HookFinished':
      return e.hook === 'preStop' || e.result === 'Abandoned' ? 5 : 13;
    case 'SignalSent':
      return 6;
    case 'ContainerExited':
      return 7;
    case 'BackOff':
      return 8;
    case 'SandboxCreated':
      return 9;
    case 'ImagePulled':
    case 'ImagePullFailed':
    case 'ImagePullBackOff':
      return 10;
    case 'ContainerStarted':
      return 11;
    case 'ProbeResult':
      return 14;
    case 'PodRemoved':
      return 15;
    default: {
      const never: never = e;
      return never;
    }
  }
}

export function sortEvents(events: readonly TraceEvent[]): TraceEvent[] {
  return [...events].sort((a, b) => a.at - b.at || eventRank(a) - eventRank(b));
}
