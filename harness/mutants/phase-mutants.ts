import { isSidecar } from '../../specs/model/container-role.js';
import type { Mutant } from './mutant.js';

export const terminalPhaseReverts: Mutant = {
  id: 'terminal-phase-reverts',
  title: 'A terminal phase is recomputed on later syncs and can go back to Running',
  precedent: 'kubernetes#58711, #59228, #125410 (R1.4)',
  rules: (base) => ({
    ...base,
    keepTerminalPhase: (generated) => generated,
    apiTerminalPhaseIsFinal: false,
    terminatedPodsStaySynced: true,
    deadlineIsSticky: false,
  }),
};

export const failedInitUnderNeverPending: Mutant = {
  id: 'failed-init-under-never-pending',
  title: 'A failed init container under restartPolicy Never leaves the pod Pending',
  precedent: 'R1.3 D1, R2.3',
  rules: (base) => ({
    ...base,
    getPhase: (spec, init, regular, terminal, initialized) => {
      const phase = base.getPhase(spec, init, regular, terminal, initialized);
      const failedInit = (spec.initContainers ?? []).some((c) => !isSidecar(c) && (init.find((s) => s.name === c.name)?.state.terminated?.exitCode ?? 0) !== 0);
      return phase === 'Failed' && spec.restartPolicy === 'Never' && failedInit ? 'Pending' : phase;
    },
  }),
};

export const sidecarExitCodeDecidesPhase: Mutant = {
  id: 'sidecar-exit-code-decides-phase',
  title: "A sidecar's non-zero exit code makes the pod Failed",
  precedent: 'R1.3d, E11 (early sidecar implementations counted sidecars as app containers)',
  rules: (base) => ({
    ...base,
    getPhase: (spec, init, regular, terminal, initialized) => {
      const phase = base.getPhase(spec, init, regular, terminal, initialized);
      const sidecarFailed = (spec.initContainers ?? []).some((c) => isSidecar(c) && (init.find((s) => s.name === c.name)?.state.terminated?.exitCode ?? 0) !== 0);
      return phase === 'Succeeded' && sidecarFailed ? 'Failed' : phase;
    },
  }),
};

export const deletedAlwaysPodEndsRunning: Mutant = {
  id: 'deleted-always-pod-ends-running',
  title: 'A deleted pod keeps the phase its restart policy would give (Always: Running) instead of a terminal one',
  precedent: 'R1.8 (kubelets before 1.27 removed such pods while Running)',
  rules: (base) => ({
    ...base,
    getPhase: (spec, init, regular, _terminal, initialized) => base.getPhase(spec, init, regular, false, initialized),
    terminatePodStatus: (spec, status) => ({ ...base.terminatePodStatus(spec, status), phase: status.phase }),
  }),
};

export const phaseFailedRegardlessOfPolicy: Mutant = {
  id: 'phase-failed-regardless-of-policy',
  title: 'Any container exit with a non-zero code marks the pod Failed, whatever the restart policy',
  precedent: "KWOK's chaos stage sets phase Failed this way (R1.3 D4, E12)",
  rules: (base) => ({
    ...base,
    getPhase: (spec, init, regular, terminal, initialized) => {
      const failed = regular.some((s) => (s.state.terminated?.exitCode ?? s.lastState.terminated?.exitCode ?? 0) !== 0);
      return failed ? 'Failed' : base.getPhase(spec, init, regular, terminal, initialized);
    },
  }),
};
