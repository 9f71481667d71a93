import type { TraceEventType } from '../../../../specs/model/trace-event.js';

/**
 * How precisely a real cluster observes each kind of trace event — a proposal for a
 * Trace field (`observes`), carried in `trace.options.observes` until the model has
 * one. `exact`: to the millisecond, from the containers themselves; `second`: from API
 * timestamps or event delivery, good to about a second; `derived`: put together from
 * several sources by a documented rule; `partial`: some occurrences are not seen.
 */
export const OBSERVATION_PRECISIONS = ['exact', 'second', 'derived', 'partial'] as const;
export type ObservationPrecision = (typeof OBSERVATION_PRECISIONS)[number];

export type Observes = Record<TraceEventType, { precision: ObservationPrecision; how: string }>;

export function clusterObserves(scriptLogReadable: boolean): Observes {
  const script = (how: string) => (scriptLogReadable ? { precision: 'exact' as const, how } : { precision: 'partial' as const, how: `${how} (the scripts' log is not readable on this cluster)` });
  return {
    FaultInjected: { precision: 'exact', how: 'when the backend carried the fault out' },
    SandboxCreated: { precision: 'derived', how: 'first PodReadyToStartContainers=True, image or container start after each SandboxChanged Event' },
    ImagePulled: { precision: 'partial', how: 'kubelet Event "Pulled" (events are aggregated and rate-limited)' },
    ImagePullFailed: { precision: 'partial', how: 'kubelet Event "Failed: Failed to pull image"' },
    ImagePullBackOff: { precision: 'partial', how: 'kubelet Event "BackOff: Back-off pulling image"' },
    ContainerStarted: script('the script logs its start; restartCount from the status'),
    ContainerExited: script('the script logs its own exit; a SIGKILL or OOM exit from finishedAt (whole seconds) and the status arrival'),
    ContainerKilling: { precision: 'partial', how: 'kubelet Event "Killing"; reason from its message and the pod\'s state; grace period derived (R5.3, R3.10)' },
    SignalSent: script('SIGTERM: the script\'s trap logs it; SIGKILL: an unlogged exit 137 after a SIGTERM'),
    HookStarted: script('exec hooks log it; sleep and tcpSocket handlers only when they fail (FailedPostStartHook / FailedPreStopHook)'),
    HookFinished: script('exec hooks log it; Abandoned: no finish before the SIGTERM'),
    ProbeResult: script('every probe execution logs its result'),
    BackOff: { precision: 'partial', how: 'kubelet Event "BackOff: Back-off restarting failed container"; delay from the CrashLoopBackOff message' },
    DeletionRequested: { precision: 'exact', how: 'the backend\'s own DELETE; others (taint eviction) from deletionTimestamp' },
    NodeReadyChanged: { precision: 'second', how: 'watch of the Node' },
    NodeTaintAdded: { precision: 'second', how: 'watch of the Node' },
    NodeTaintRemoved: { precision: 'second', how: 'watch of the Node' },
    PodRemoved: { precision: 'second', how: 'the watch\'s DELETED event' },
  };
}
