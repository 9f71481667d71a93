import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import { SOURCES } from '../citations.js';
import { conditionOf, eventsOfType, formatMs, kubeletDown } from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 11_000,
  late: 11_000,
  why:
    'the node lease is renewed every 10 s, so the last heartbeat may be up to 10 s before the kubelet stopped; the controller notes a renewal ' +
    'when it sees it and checks node health every 5 s (node-monitor-period), so detection lands within [stop + grace − 10 s, stop + grace + 10 s]; ' +
    '±1 s for recorded times',
};

/**
 * R10.1, R10.2, E18: when the kubelet stops, its lease is no longer renewed; after
 * --node-monitor-grace-period (50 s since 1.32) the node lifecycle controller sets the
 * node's Ready to Unknown and the pod's Ready condition to False (MarkPodsNotReady). So
 * for each time the kubelet goes down: the node is seen not Ready within the tolerance of
 * stop + grace — not before, and not later if the kubelet is still down then — and by
 * then the pod's Ready condition is False. While the kubelet is down nothing else turns
 * the pod's Ready False before that moment.
 */
export const readyFalseAfterGrace: Invariant = {
  id: 'node/ready-false-after-grace',
  title: 'A node that stops reporting is not Ready, and its pod’s Ready False, after node-monitor-grace-period',
  citation: { rule: 'R10.1', source: 'pkg/controller/nodelifecycle/node_lifecycle_controller.go tryUpdateNodeHealth, monitorNodeHealth; util/node MarkPodsNotReady', url: SOURCES.nodeLifecycle },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(scenario) {
    return scenario.faults.some((f) => f.type === 'NodeDown') ? true : { skip: 'the node never goes down' };
  },
  check(trace) {
    const grace = trace.options.nodeMonitorGracePeriod;
    for (const down of kubeletDown(trace)) {
      const due = down.from + grace;
      const notReady = eventsOfType(trace, 'NodeReadyChanged').find((e) => e.status !== 'True' && e.at > down.from && e.at <= down.to);
      if (notReady && notReady.at < due - TOLERANCE.early) {
        return violation({
          at: notReady.at,
          expected: `the node not Ready no earlier than ${formatMs(due - TOLERANCE.early)} (kubelet stopped at ${formatMs(down.from)} + ${formatMs(grace)})`,
          observed: `NodeReadyChanged at ${formatMs(notReady.at)}`,
          message: 'the node was declared not Ready before the node-monitor grace period',
        });
      }
      // While the kubelet is down only the node controller can turn the pod's Ready False.
      let prev = [...trace.snapshots].reverse().find((s) => s.at <= down.from);
      for (const s of trace.snapshots) {
        if (s.at <= down.from || s.at >= Math.min(down.to, due - TOLERANCE.early)) continue;
        if (prev && conditionOf(prev.status, 'Ready')?.status === 'True' && conditionOf(s.status, 'Ready')?.status === 'False') {
          return violation({
            at: s.at,
            expected: `the pod’s Ready condition untouched until ${formatMs(due - TOLERANCE.early)} while the kubelet is down`,
            observed: `Ready False at ${formatMs(s.at)}`,
            message: 'the pod was marked not ready before the node-monitor grace period',
          });
        }
        prev = s;
      }
      const by = due + TOLERANCE.late;
      if (down.to <= by || trace.horizon < by) continue;
      if (!notReady || notReady.at > by) {
        return violation({
          at: notReady?.at ?? by,
          expected: `the node not Ready by ${formatMs(by)} (kubelet stopped at ${formatMs(down.from)} + ${formatMs(grace)})`,
          observed: notReady ? `NodeReadyChanged at ${formatMs(notReady.at)}` : 'the node stayed Ready',
          message: 'the node was not declared not Ready after the node-monitor grace period',
        });
      }
      const removed = eventsOfType(trace, 'PodRemoved').some((e) => e.at <= by);
      const last = [...trace.snapshots].reverse().find((s) => s.at <= by);
      if (!removed && last && !isTerminalPhase(last.status.phase) && conditionOf(last.status, 'Ready')?.status === 'True') {
        return violation({
          at: by,
          expected: `the pod’s Ready condition False by ${formatMs(by)}`,
          observed: `Ready True (as since ${formatMs(conditionOf(last.status, 'Ready')!.lastTransitionTime)})`,
          message: 'the pod stayed Ready on an unreachable node',
        });
      }
    }
    return PASS;
  },
};
