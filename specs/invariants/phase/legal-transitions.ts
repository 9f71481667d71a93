import { PASS, violation, type Invariant } from '../../invariant.js';
import type { PodPhase } from '../../model/pod-phase.js';
import { SOURCES } from '../citations.js';
import { hasActiveRegularContainer, pairs } from '../trace-view.js';

/** R1.5: the transitions getPhase and the terminal-phase guards allow, Running → Pending aside. */
const LEGAL: Record<PodPhase, readonly PodPhase[]> = {
  Pending: ['Running', 'Succeeded', 'Failed'],
  Running: ['Succeeded', 'Failed'],
  Succeeded: [],
  Failed: [],
  Unknown: [],
};

/**
 * R1.5: Pending → Running | Succeeded | Failed and Running → Succeeded | Failed; nothing leaves a
 * terminal phase (R1.4). Running → Pending happens only while the pod re-initializes, which
 * getPhase sees through podHasInitialized = HasAnyActiveRegularContainerStarted: no regular
 * container has a runtime record in the current sandbox. That is the case after the sandbox is
 * re-created (R2.5: node reboot; init containers are purged and run again) and also when every
 * regular container's record was removed under the kubelet (E13: computeInitContainerActions
 * then restarts the sidecars before the regular containers, and a sidecar that is running but
 * not started counts as pending). While a re-created sandbox re-initializes the phase may go
 * back and forth: between attempts of a crash-looping init container the old regular
 * containers show terminated and getPhase answers Running.
 */
export const legalTransitions: Invariant = {
  id: 'phase/legal-transitions',
  title: 'Phase changes follow Pending → Running → Succeeded/Failed; Running → Pending only while the pod re-initializes',
  citation: { rule: 'R1.5', source: 'pkg/kubelet/kubelet_pods.go getPhase; kuberuntime_manager.go computePodActions', url: SOURCES.kubeletPods },
  level: 'must',
  kind: 'safety',
  check(trace, scenario) {
    for (const [prev, next] of pairs(trace)) {
      const from = prev.status.phase;
      const to = next.status.phase;
      if (from === to) continue;
      if (LEGAL[from].includes(to)) continue;
      if (from === 'Running' && to === 'Pending' && !hasActiveRegularContainer(trace, scenario, next.at)) continue;
      return violation({
        at: next.at,
        expected: from === 'Running' && to === 'Pending' ? 'Running → Pending only while the pod re-initializes (new sandbox, or every regular container record gone)' : `${from} → ${LEGAL[from].join(' | ') || 'nothing'}`,
        observed: `${from} → ${to}`,
        message: `illegal phase transition ${from} → ${to}`,
      });
    }
    return PASS;
  },
};
