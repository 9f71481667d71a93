import type { Mutant } from './mutant.js';

export const readyWhileContainerUnready: Mutant = {
  id: 'ready-while-container-unready',
  title: 'ContainersReady (and so Ready) is True as soon as one container is ready',
  precedent: 'R6.5, R6.6',
  rules: (base) => ({
    ...base,
    containersReadyCondition: (spec, statuses, phase) => {
      const condition = base.containersReadyCondition(spec, statuses, phase);
      const anyReady = statuses.some((s) => s.ready);
      return condition.status === 'False' && condition.reason === 'ContainersNotReady' && anyReady ? { type: 'ContainersReady', status: 'True' } : condition;
    },
  }),
};

export const transitionTimeBumpedOnMessage: Mutant = {
  id: 'transition-time-bumped-on-message',
  title: "A condition's lastTransitionTime moves when only its reason or message changes",
  precedent: 'R6.8, E19',
  rules: (base) => ({
    ...base,
    lastTransitionTime: (previous, next, now) =>
      previous && previous.status === next.status && previous.reason === next.reason && previous.message === next.message ? previous.lastTransitionTime : now,
  }),
};
