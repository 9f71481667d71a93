import { isTerminalPhase } from '../../model/pod-phase.js';
import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';

/** R1.4: once Succeeded or Failed, a pod never shows another phase (kubernetes#58711, #59228, #125410). */
export const terminalIsAbsorbing: Invariant = {
  id: 'phase/terminal-is-absorbing',
  title: 'A pod that reached Succeeded or Failed never shows another phase',
  citation: { rule: 'R1.4', source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus', url: SOURCES.kubeletPods },
  level: 'must',
  kind: 'safety',
  check(trace) {
    let terminal: { phase: string; at: number } | undefined;
    for (const s of trace.snapshots) {
      if (terminal && s.status.phase !== terminal.phase) {
        return violation({
          at: s.at,
          expected: `phase stays ${terminal.phase} (reached at ${terminal.at} ms)`,
          observed: `phase ${s.status.phase}`,
          message: `the pod left the terminal phase ${terminal.phase}`,
        });
      }
      if (!terminal && isTerminalPhase(s.status.phase)) terminal = { phase: s.status.phase, at: s.at };
    }
    return PASS;
  },
};
