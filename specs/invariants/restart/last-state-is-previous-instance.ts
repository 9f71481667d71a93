import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { allStatuses, CLOCK_SLACK, formatMs, instanceSpans, spanAtIndex, type InstanceSpan } from '../trace-view.js';

/**
 * R4.7, R4.5: `lastState.terminated` is the exit of the instance immediately before the one
 * `state` describes — the second-newest runtime record (convertToAPIContainerStatuses).
 * `restartCount` names the newest record, so:
 * - running or terminated: the newest instance is the one with that restartCount, and
 *   lastState is the instance before it;
 * - waiting (CrashLoopBackOff, a start error …): the newest record exited and is shown in
 *   lastState, so lastState is the instance with that restartCount. The same holds when
 *   TerminatePod replaced such a waiting state by a synthesized
 *   `terminated{ContainerStatusUnknown}` (R1.8: only `state` is replaced).
 * Exit code must match the recorded exit, and startedAt/finishedAt when the status has
 * them (±1 s). A `ContainerStatusUnknown` lastState is synthesized by the kubelet for a
 * container that vanished (R1.8, E13) and names no runtime record: not asserted. An
 * instance whose record was removed from the runtime (a RemoveContainer fault) is no
 * record either: the previous instance is then the newest one before it that has one.
 */
export const lastStateIsPreviousInstance: Invariant = {
  id: 'restart/last-state-is-previous-instance',
  title: 'lastState.terminated is the exit of the previous instance',
  citation: { rule: 'R4.7', source: 'pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses', url: SOURCES.kubeletPods },
  level: 'must',
  kind: 'safety',
  check(trace) {
    const spansOf = new Map<string, InstanceSpan[]>();
    for (const snapshot of trace.snapshots) {
      for (const status of allStatuses(snapshot.status)) {
        const last = status.lastState.terminated;
        if (!last || last.reason === 'ContainerStatusUnknown') continue;
        if (!spansOf.has(status.name)) spansOf.set(status.name, instanceSpans(trace, status.name));
        const spans = spansOf.get(status.name)!.filter((s) => s.startedAt <= snapshot.at + CLOCK_SLACK);
        // The instance a removal took away is the one current at the fault's position in the trace.
        const removed = new Set(
          trace.events.flatMap((e, index) =>
            e.type === 'FaultInjected' && e.outcome === 'applied' && e.fault.type === 'RemoveContainer' && e.fault.container === status.name && e.at <= snapshot.at
              ? [spanAtIndex(spans, index)?.ordinal]
              : [],
          ),
        );
        const newest = [...spans].reverse().find((s) => s.restartCount === status.restartCount && !removed.has(s.ordinal));
        // A waiting status — or a terminated one TerminatePod synthesized over it (R1.8) — shows no new instance.
        const noNewInstance = status.state.waiting !== undefined || status.state.terminated?.reason === 'ContainerStatusUnknown';
        const expected = noNewInstance ? newest : newest ? [...spans.slice(0, newest.ordinal)].reverse().find((s) => !removed.has(s.ordinal)) : undefined;
        const mismatch = (() => {
          if (!expected?.exit) return 'no such exit in the trace';
          if (expected.exit.exitCode !== last.exitCode) return `exit code ${last.exitCode}`;
          if (last.finishedAt !== null && Math.abs(last.finishedAt - expected.exit.at) > CLOCK_SLACK) return `finishedAt ${formatMs(last.finishedAt)}`;
          if (last.startedAt !== null && Math.abs(last.startedAt - expected.startedAt) > CLOCK_SLACK) return `startedAt ${formatMs(last.startedAt)}`;
          return undefined;
        })();
        if (mismatch) {
          return violation({
            at: snapshot.at,
            container: status.name,
            expected: expected?.exit
              ? `lastState: exit ${expected.exit.exitCode} of the instance started at ${formatMs(expected.startedAt)}, finished at ${formatMs(expected.exit.at)}`
              : `no lastState before the instance before restartCount ${status.restartCount} has exited`,
            observed: `lastState.terminated with ${mismatch} (state ${Object.keys(status.state)[0] ?? 'none'}, restartCount ${status.restartCount})`,
            message: `${status.name}'s lastState is not its previous instance's exit`,
          });
        }
      }
    }
    return PASS;
  },
};
