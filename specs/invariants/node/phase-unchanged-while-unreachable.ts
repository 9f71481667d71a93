import { PASS, violation, type Invariant } from '../../invariant.js';
import type { Millis } from '../../model/time.js';
import type { Snapshot } from '../../model/trace.js';
import { SOURCES } from '../citations.js';
import { allStatuses, CLOCK_SLACK, conditionOf, eventsOfType, formatMs, kubeletDown, kubeletRestarts, overlaps } from '../trace-view.js';

/**
 * R10.2, E18: when the node stops reporting, the node lifecycle controller only sets each
 * pod's Ready condition to False (MarkPodsNotReady); it does not touch status.phase (there
 * is no Unknown phase, R1.1), the container statuses, or ContainersReady. With the kubelet
 * down nobody else writes them either, so from the moment the node is seen not Ready
 * until the kubelet is back, phase, container states, `ready`, `started`, restartCounts
 * and ContainersReady stay as they were. (Deletion by the taint manager sets only
 * metadata and DisruptionTarget.) The window closes 1 s before the kubelet is restarted.
 */
export const phaseUnchangedWhileUnreachable: Invariant = {
  id: 'node/phase-unchanged-while-unreachable',
  title: 'While the node is unreachable the pod’s phase and container statuses do not change',
  citation: { rule: 'R10.2', source: 'pkg/controller/util/node/controller_utils.go MarkPodsNotReady; nodelifecycle/node_lifecycle_controller.go monitorNodeHealth', url: SOURCES.controllerUtils },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return scenario.faults.some((f) => f.type === 'NodeDown') ? true : { skip: 'the node never goes down' };
  },
  check(trace) {
    const down = kubeletDown(trace);
    const restarts = kubeletRestarts(trace);
    for (const change of eventsOfType(trace, 'NodeReadyChanged')) {
      if (change.status === 'True') continue;
      if (!overlaps(down, change.at, change.at)) continue;
      const back = eventsOfType(trace, 'NodeReadyChanged').find((e) => e.status === 'True' && e.at > change.at)?.at ?? Infinity;
      const end: Millis = Math.min(back, restarts.find((t) => t > change.at) ?? Infinity, trace.horizon + 1) - CLOCK_SLACK;
      const baseline = [...trace.snapshots].reverse().find((s) => s.at <= change.at);
      if (!baseline) continue;
      for (const s of trace.snapshots) {
        if (s.at <= change.at || s.at >= end) continue;
        const diff = difference(baseline, s);
        if (diff) {
          return violation({
            at: s.at,
            ...(diff.container ? { container: diff.container } : {}),
            expected: `${diff.what} unchanged while the node is unreachable (since ${formatMs(change.at)})`,
            observed: diff.observed,
            message: 'the pod’s status changed while its node was unreachable',
          });
        }
      }
    }
    return PASS;
  },
};

function difference(a: Snapshot, b: Snapshot): { what: string; observed: string; container?: string } | undefined {
  if (a.status.phase !== b.status.phase) return { what: `phase ${a.status.phase}`, observed: `phase ${b.status.phase}` };
  const ca = conditionOf(a.status, 'ContainersReady')?.status;
  const cb = conditionOf(b.status, 'ContainersReady')?.status;
  if (ca !== cb) return { what: `ContainersReady ${ca}`, observed: `ContainersReady ${cb}` };
  const before = new Map(allStatuses(a.status).map((c) => [c.name, c]));
  for (const c of allStatuses(b.status)) {
    const p = before.get(c.name);
    if (!p) continue;
    const kind = (x: typeof c) => Object.keys(x.state)[0] ?? 'none';
    for (const [field, x, y] of [
      ['state', kind(p), kind(c)],
      ['ready', p.ready, c.ready],
      ['started', p.started, c.started],
      ['restartCount', p.restartCount, c.restartCount],
    ] as const) {
      if (x !== y) return { what: `${c.name} ${field} ${String(x)}`, observed: `${c.name} ${field} ${String(y)}`, container: c.name };
    }
  }
  return undefined;
}
