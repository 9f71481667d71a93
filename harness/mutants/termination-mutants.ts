import type { PodSpec } from '../../specs/model/pod-manifest.js';
import type { Mutant } from './mutant.js';

export const preStopAfterSigterm: Mutant = {
  id: 'prestop-after-sigterm',
  title: 'The stop signal is sent before the preStop hook runs',
  precedent: 'R5.3',
  rules: (base) => ({ ...base, killOrder: 'signal-then-preStop' }),
};

export const sigkillBeforeGrace: Mutant = {
  id: 'sigkill-before-grace',
  title: 'SIGKILL comes after half the grace period',
  precedent: 'R5.3 step 5',
  rules: (base) => ({ ...base, stopTimeout: (graceSeconds) => graceSeconds * 500 }),
};

export const sidecarsStoppedInSpecOrder: Mutant = {
  id: 'sidecars-stopped-in-spec-order',
  title: 'Sidecars are stopped in spec order instead of reverse order',
  precedent: 'R2.13, kubernetes#120620',
  rules: (base) => ({
    ...base,
    terminationOrdering: (spec, running) => {
      const reversed: PodSpec = { ...spec, initContainers: [...(spec.initContainers ?? [])].reverse() };
      return base.terminationOrdering(reversed, running);
    },
  }),
};
