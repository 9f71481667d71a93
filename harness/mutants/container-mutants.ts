import { isSidecar } from '../../specs/model/container-role.js';
import { FlowControlBackoff } from '../simulator/kubelet/flow-control-backoff.js';
import { findRecord } from '../simulator/runtime/runtime-pod-status.js';
import type { Mutant } from './mutant.js';

export const initContainersInParallel: Mutant = {
  id: 'init-containers-in-parallel',
  title: 'All init containers are started at once instead of one after the other',
  precedent: 'R2.1 (a common simulator shortcut)',
  rules: (base) => ({
    ...base,
    computeInitContainerActions: (spec, runtime, actions, probes) => {
      const initialized = base.computeInitContainerActions(spec, runtime, actions, probes);
      if (!actions.killPod && !initialized) {
        (spec.initContainers ?? []).forEach((c, i) => {
          if (!isSidecar(c) && !findRecord(runtime, c.name) && !actions.initContainersToStart.includes(i)) actions.initContainersToStart.push(i);
        });
        actions.initContainersToStart.sort((a, b) => a - b);
      }
      return initialized;
    },
  }),
};

export const backoffNotApplied: Mutant = {
  id: 'backoff-not-applied',
  title: 'Crashed containers are restarted at once, every time',
  precedent: 'R4.4, E5',
  rules: (base) => ({ ...base, crashLoopBackOff: (o) => new FlowControlBackoff(0, 0, o.crashLoopBackOffReset) }),
};

export const backoffNeverCapped: Mutant = {
  id: 'backoff-never-capped',
  title: 'The crash-loop back-off keeps doubling past 300 s',
  precedent: 'R4.3 (MaxContainerBackOff)',
  rules: (base) => ({ ...base, crashLoopBackOff: (o) => new FlowControlBackoff(o.crashLoopBackOffInitial, Number.MAX_SAFE_INTEGER, o.crashLoopBackOffReset) }),
};

export const restartCountReset: Mutant = {
  id: 'restart-count-reset',
  title: 'restartCount starts at 0 again on every restart',
  precedent: 'R4.6 (runtimes that lose the restart-count label)',
  rules: (base) => ({ ...base, nextRestartCount: () => 0 }),
};
