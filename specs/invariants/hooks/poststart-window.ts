import type { Millis } from '../../model/time.js';
import type { Trace } from '../../model/trace.js';
import type { TraceEventOf } from '../../model/trace-event.js';
import { containerEvents, eventsOfType, kubeletDown, kubeletRestarts, type Indexed } from '../trace-view.js';

/** One run of a container's postStart hook: from HookStarted to its HookFinished (or to whatever cut it short). */
export interface PostStartRun {
  container: string;
  started: Indexed<TraceEventOf<'HookStarted'>>;
  /** The HookFinished, when the trace has one. */
  finished?: Indexed<TraceEventOf<'HookFinished'>>;
  /** When the hook stopped holding the pod worker: its end, a kubelet stop or restart, or the horizon. */
  end: Millis;
}

/**
 * The postStart runs of a container. A run ends at its HookFinished, or earlier where the
 * kubelet stopped or restarted (its pod worker is gone) or the pod's deletion was
 * requested (the sync running the hook is cancelled), else at the horizon.
 */
export function postStartRuns(trace: Trace, container: string): PostStartRun[] {
  const finishes = containerEvents(trace, 'HookFinished', container).filter((h) => h.event.hook === 'postStart');
  // A deletion cancels the sync in flight (pod_workers.go UpdatePod: cancelFn), and with it the hook's exec.
  const cuts = [...kubeletDown(trace).map((d) => d.from), ...kubeletRestarts(trace), ...eventsOfType(trace, 'DeletionRequested').map((e) => e.at)];
  return containerEvents(trace, 'HookStarted', container)
    .filter((h) => h.event.hook === 'postStart')
    .map((started, i, all) => {
      const next = all[i + 1]?.index ?? Infinity;
      const finished = finishes.find((f) => f.index > started.index && f.index < next);
      const cut = Math.min(...cuts.filter((t) => t >= started.event.at), trace.horizon);
      return { container, started, ...(finished ? { finished } : {}), end: finished ? Math.min(finished.event.at, cut) : cut };
    });
}
