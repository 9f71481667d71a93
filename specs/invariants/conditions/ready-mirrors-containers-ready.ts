import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { conditionOf } from '../trace-view.js';

/**
 * R6.6: "If the status of ContainersReady is not True, return the same status, reason and message
 * as ContainersReady" (GeneratePodReadyCondition). Both conditions are regenerated together by
 * generateAPIPodStatus and SetContainerReadiness, and forced together to the terminal reason by
 * mergePodStatus. The node lifecycle controller turns Ready False only while ContainersReady is
 * True, which this invariant does not judge.
 */
export const readyMirrorsContainersReady: Invariant = {
  id: 'conditions/ready-mirrors-containers-ready',
  title: 'While ContainersReady is not True, Ready has its status, reason and message',
  citation: { rule: 'R6.6', source: 'pkg/kubelet/status/generate.go GeneratePodReadyCondition', url: SOURCES.statusGenerate },
  level: 'must',
  kind: 'safety',
  check(trace) {
    for (const s of trace.snapshots) {
      const cr = conditionOf(s.status, 'ContainersReady');
      if (!cr || cr.status === 'True') continue;
      const ready = conditionOf(s.status, 'Ready');
      const same = ready && ready.status === cr.status && (ready.reason ?? '') === (cr.reason ?? '') && (ready.message ?? '') === (cr.message ?? '');
      if (same) continue;
      const show = (c: typeof cr | undefined) => (c ? `${c.status}${c.reason ? ` ${c.reason}` : ''}${c.message ? ` "${c.message}"` : ''}` : 'absent');
      return violation({
        at: s.at,
        expected: `Ready ${show(cr)} (copied from ContainersReady)`,
        observed: `Ready ${show(ready)}`,
        message: 'Ready does not copy ContainersReady while ContainersReady is not True',
      });
    }
    return PASS;
  },
};
