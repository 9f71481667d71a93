import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import type { Toleration } from '../../model/pod-manifest.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import type { Millis } from '../../model/time.js';
import { SOURCES } from '../citations.js';
import { eventsOfType, formatMs } from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 1000,
  late: 5000,
  why:
    'the taint-eviction controller starts the toleration clock when it processes the node update (informer latency well under a second) and fires a timed worker; ' +
    'the status patch and delete call follow at once, retried on conflict; ±1 s for recorded times',
};

const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

interface Taint {
  key: string;
  value: string;
  effect: string;
}

/**
 * R10.4, R10.5: a NoExecute taint evicts a pod after the tolerationSeconds of the
 * toleration that matches it — the first matching one in spec order
 * (v1helper.GetMatchingTolerations), 0 s or none meaning at once, no tolerationSeconds
 * meaning never (getMinTolerationTime). The DefaultTolerationSeconds admission plugin
 * appended not-ready/unreachable tolerations (300 s by default, trace.options) unless the
 * pod already had one for that key (or an empty key) with effect NoExecute or empty.
 * The eviction is cancelled if the taint is removed first (the node came back). So for
 * each NoExecute taint: no eviction before its time; one within the tolerance after it
 * if the taint stayed; none after the taint went away.
 */
export const evictionAfterToleration: Invariant = {
  id: 'node/eviction-after-toleration',
  title: 'A NoExecute taint evicts the pod after its tolerationSeconds — unless the taint goes away first',
  citation: { rule: 'R10.5', source: 'pkg/controller/tainteviction/taint_eviction.go processPodOnNode, getMinTolerationTime; plugin/pkg/admission/defaulttolerationseconds', url: SOURCES.taintEviction },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(_scenario, trace) {
    return eventsOfType(trace, 'NodeTaintAdded').some((e) => parseTaint(e.taint).effect === 'NoExecute') ? true : { skip: 'the node never got a NoExecute taint' };
  },
  check(trace, scenario) {
    const tolerations = admitted(scenario.pod.spec.tolerations ?? [], trace.options.defaultTolerationSeconds);
    const evictions = eventsOfType(trace, 'DeletionRequested').filter((e) => e.by === 'taint-eviction').map((e) => e.at);
    const otherDeletion = eventsOfType(trace, 'DeletionRequested').find((e) => e.by !== 'taint-eviction')?.at ?? Infinity;
    const removed = eventsOfType(trace, 'PodRemoved')[0]?.at ?? Infinity;
    const terminal = trace.snapshots.find((s) => isTerminalPhase(s.status.phase))?.at ?? Infinity;
    for (const added of eventsOfType(trace, 'NodeTaintAdded')) {
      const taint = parseTaint(added.taint);
      if (taint.effect !== 'NoExecute') continue;
      const gone = eventsOfType(trace, 'NodeTaintRemoved').find((e) => e.taint === added.taint && e.at >= added.at)?.at ?? Infinity;
      const seconds = toleratedFor(taint, tolerations);
      const evictAt: Millis = seconds === undefined ? Infinity : added.at + Math.max(seconds, 0) * 1000;
      const early = evictions.find((t) => t >= added.at && t < Math.min(evictAt - TOLERANCE.early, gone));
      if (early !== undefined) {
        return violation({
          at: early,
          expected: seconds === undefined ? `no eviction: the pod tolerates ${added.taint} forever` : `no eviction before ${formatMs(evictAt)} (${added.taint} at ${formatMs(added.at)} + ${seconds} s)`,
          observed: `evicted at ${formatMs(early)}`,
          message: 'the pod was evicted before its toleration ran out',
        });
      }
      if (gone < evictAt - TOLERANCE.early) {
        const next = eventsOfType(trace, 'NodeTaintAdded').find((e) => e.taint === added.taint && e.at > gone)?.at ?? Infinity;
        const late = evictions.find((t) => t >= gone + TOLERANCE.early && t < next);
        if (late !== undefined) {
          return violation({
            at: late,
            expected: `no eviction: ${added.taint} was removed at ${formatMs(gone)}, before the toleration ran out at ${formatMs(evictAt)}`,
            observed: `evicted at ${formatMs(late)}`,
            message: 'a cancelled taint eviction still happened',
          });
        }
        continue;
      }
      const by = evictAt + TOLERANCE.late;
      if (seconds === undefined || gone <= by || otherDeletion <= by || removed <= by || terminal <= by || trace.horizon < by) continue;
      if (!evictions.some((t) => t >= evictAt - TOLERANCE.early && t <= by)) {
        return violation({
          at: by,
          expected: `an eviction by ${formatMs(by)} (${added.taint} at ${formatMs(added.at)} + ${seconds} s)`,
          observed: 'the pod was not evicted',
          message: 'the pod outstayed its toleration of a NoExecute taint',
        });
      }
    }
    return PASS;
  },
};

/** `key[=value]:Effect` as the trace spells taints. */
function parseTaint(text: string): Taint {
  const at = text.lastIndexOf(':');
  const keyValue = at >= 0 ? text.slice(0, at) : text;
  const effect = at >= 0 ? text.slice(at + 1) : '';
  const eq = keyValue.indexOf('=');
  return eq >= 0 ? { key: keyValue.slice(0, eq), value: keyValue.slice(eq + 1), effect } : { key: keyValue, value: '', effect };
}

/** DefaultTolerationSeconds admission: append the not-ready/unreachable tolerations the pod lacks. */
function admitted(tolerations: readonly Toleration[], defaultSeconds: number): Toleration[] {
  const covers = (key: string) => tolerations.some((t) => (t.key === key || !t.key) && (t.effect === 'NoExecute' || !t.effect));
  const out = [...tolerations];
  for (const key of [NOT_READY, UNREACHABLE]) {
    if (!covers(key)) out.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: defaultSeconds });
  }
  return out;
}

/** v1 Toleration.ToleratesTaint */
function tolerates(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  if (t.operator === 'Exists') return true;
  return (t.value ?? '') === taint.value;
}

/** Seconds until eviction: 0 if not tolerated, undefined if tolerated forever. */
function toleratedFor(taint: Taint, tolerations: readonly Toleration[]): number | undefined {
  const used = tolerations.find((t) => tolerates(t, taint));
  if (!used) return 0;
  if (used.tolerationSeconds === undefined) return undefined;
  return Math.max(used.tolerationSeconds, 0);
}
