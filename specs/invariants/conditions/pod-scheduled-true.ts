import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { conditionOf } from '../trace-view.js';

/**
 * R6.2: the binding sets PodScheduled True together with `spec.nodeName`, and the kubelet writes
 * PodScheduled True in every status it generates (generateAPIPodStatus). So once the kubelet has
 * written a status (status.startTime is set) PodScheduled is True, and once True it stays True.
 */
export const podScheduledTrue: Invariant = {
  id: 'conditions/pod-scheduled-true',
  title: 'PodScheduled is True once the kubelet reports the pod, and stays True',
  citation: { rule: 'R6.2', source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus (PodScheduled True)', url: SOURCES.kubeletPods },
  level: 'must',
  kind: 'safety',
  check(trace) {
    let scheduledAt: number | undefined;
    for (const s of trace.snapshots) {
      const c = conditionOf(s.status, 'PodScheduled');
      if (c?.status === 'True') {
        scheduledAt ??= s.at;
        continue;
      }
      if (scheduledAt === undefined && s.status.startTime === null) continue;
      return violation({
        at: s.at,
        expected: scheduledAt !== undefined ? 'PodScheduled stays True' : 'PodScheduled True in a status the kubelet wrote',
        observed: `PodScheduled ${c?.status ?? 'absent'}`,
        message: scheduledAt !== undefined ? 'PodScheduled left True' : 'the kubelet reported the pod without PodScheduled True',
      });
    }
    return PASS;
  },
};
