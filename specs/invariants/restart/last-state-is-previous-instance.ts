import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { allStatuses, CLOCK_SLACK, formatMs, instanceSpans, spanAtIndex, type InstanceSpan } from '../trace-view.js';

/**
 * R4.7, R4.5: `lastState.terminated` is the exit of the instance immediately before the one
 * `state` describes — the second-newest runtime record (convertToAPIContainerStatuses):
 * - running or terminated: the instance shown is the one whose start matches the state's
 *   startedAt, and lastState is the instance before it;
 * - waiting (CrashLoopBackOff, a start error …): the newest record exited and is shown in
 *   lastState, so lastState is the newest exit. The same holds when TerminatePod replaced
 *   such a waiting state by a synthesized `terminated{ContainerStatusUnknown}` (R1.8: only
 *   `state` is replaced), and when a new sandbox purged an init container's records (the
 *   old status' lastState is carried over). A status written in the same millisecond as an exit
 *   may have been written before it: the newest exit before that millisecond is then acceptable.
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
    const spansOf = new Map<string, readonly InstanceSpan[]>();
    const removalsOf = new Map<string, { at: number; index: number }[]>();
    trace.events.forEach((e, index) => {
      if (e.type !== 'FaultInjected' || e.outcome !== 'applied' || e.fault.type !== 'RemoveContainer') return;
      const list = removalsOf.get(e.fault.container) ?? [];
      list.push({ at: e.at, index });
      removalsOf.set(e.fault.container, list);
    });
    for (const snapshot of trace.snapshots) {
      for (const status of allStatuses(snapshot.status)) {
        const last = status.lastState.terminated;
        if (!last || last.reason === 'ContainerStatusUnknown') continue;
        if (!spansOf.has(status.name)) spansOf.set(status.name, instanceSpans(trace, status.name));
        const spans = spansOf.get(status.name)!.filter((s) => s.startedAt <= snapshot.at + CLOCK_SLACK);
        // The instance a removal took away is the one current at the fault's position in the trace. A status
        // written just before or after the removal may or may not know of it: a removed instance may be skipped.
        const removed = new Set((removalsOf.get(status.name) ?? []).filter((r) => r.at <= snapshot.at + CLOCK_SLACK).map((r) => spanAtIndex(spans, r.index)?.ordinal));
        // Walking back from `from`: that instance, and past it while the one reached was removed.
        const back = (from: InstanceSpan | undefined): InstanceSpan[] => {
          const out: InstanceSpan[] = [];
          for (let sp = from; sp; sp = spans[sp.ordinal - 1]) {
            out.push(sp);
            if (!removed.has(sp.ordinal)) break;
          }
          return out;
        };
        // A waiting status — or a terminated one TerminatePod synthesized over it (R1.8) — shows no new instance:
        // lastState is then the newest exit. Otherwise it is the exit of the instance before the one shown.
        const noNewInstance = status.state.waiting !== undefined || status.state.terminated?.reason === 'ContainerStatusUnknown';
        let acceptable: InstanceSpan[];
        if (noNewInstance) {
          // restartCount names the newest record; without a match (counts recovered after a purge) the newest exit.
          // A status written in the same instant as an exit may come before it (a sync that then starts and ends
          // an instance): the newest exit strictly before the snapshot is acceptable too.
          const exited = [...spans].reverse().filter((sp) => sp.exit !== undefined && sp.exit.at <= snapshot.at + CLOCK_SLACK);
          const newestOf = (list: InstanceSpan[]) => list.find((sp) => sp.restartCount === status.restartCount) ?? list.find((sp) => sp.exit!.at <= snapshot.at) ?? list[0];
          const before = exited.filter((sp) => sp.exit!.at < snapshot.at);
          acceptable = [...back(newestOf(exited)), ...back(newestOf(before))];
        } else {
          const shownAt = status.state.running?.startedAt ?? status.state.terminated?.startedAt ?? null;
          const shown = shownAt !== null ? nearest(spans, shownAt, status.restartCount) : [...spans].reverse().find((sp) => sp.restartCount === status.restartCount);
          acceptable = shown ? back(spans[shown.ordinal - 1]) : [];
        }
        const mismatchOf = (expected: InstanceSpan | undefined): string | undefined => {
          if (!expected?.exit) return 'no such exit in the trace';
          if (expected.exit.exitCode !== last.exitCode) return `exit code ${last.exitCode}`;
          if (last.finishedAt !== null && Math.abs(last.finishedAt - expected.exit.at) > CLOCK_SLACK) return `finishedAt ${formatMs(last.finishedAt)}`;
          if (last.startedAt !== null && Math.abs(last.startedAt - expected.startedAt) > CLOCK_SLACK) return `startedAt ${formatMs(last.startedAt)}`;
          return undefined;
        };
        const expected = acceptable[0];
        const mismatch = acceptable.some((sp) => mismatchOf(sp) === undefined) ? undefined : mismatchOf(expected);
        if (mismatch) {
          return violation({
            at: snapshot.at,
            container: status.name,
            expected: expected?.exit
              ? `lastState: exit ${expected.exit.exitCode} of the instance started at ${formatMs(expected.startedAt)}, finished at ${formatMs(expected.exit.at)}`
              : `no lastState: no earlier instance has exited`,
            observed: `lastState.terminated with ${mismatch} (state ${Object.keys(status.state)[0] ?? 'none'}, restartCount ${status.restartCount})`,
            message: `${status.name}'s lastState is not its previous instance's exit`,
          });
        }
      }
    }
    return PASS;
  },
};

/** The instance whose start is nearest `startedAt`; on a tie the one with that restartCount, else the newest. */
function nearest(spans: readonly InstanceSpan[], startedAt: number, restartCount: number): InstanceSpan | undefined {
  // API times are whole seconds: instances started within CLOCK_SLACK of the status' startedAt may
  // all be the one it shows (on v1.34.10 a sidecar ran 9 ms and its restart began in the same
  // second); the status' restartCount tells them apart.
  const sameCount = spans.filter((sp) => sp.restartCount === restartCount && Math.abs(sp.startedAt - startedAt) <= CLOCK_SLACK);
  const candidates = sameCount.length > 0 ? sameCount : spans;
  let found: InstanceSpan | undefined;
  for (const sp of candidates) {
    const d = Math.abs(sp.startedAt - startedAt);
    const best = found ? Math.abs(found.startedAt - startedAt) : Infinity;
    if (d < best || (d === best && (sp.restartCount === restartCount || found?.restartCount !== restartCount))) found = sp;
  }
  return found;
}
