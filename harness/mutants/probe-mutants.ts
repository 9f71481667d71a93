import type { Mutant } from './mutant.js';

export const readinessFailureRestarts: Mutant = {
  id: 'readiness-failure-restarts',
  title: 'A failing readiness probe gets the container killed and restarted, like liveness',
  precedent: 'R3.9',
  rules: (base) => ({
    ...base,
    probeKillReason: (probes, recordId) => base.probeKillReason(probes, recordId) ?? (probes.readiness(recordId) === 'Failure' ? 'LivenessProbe' : undefined),
  }),
};

export const probesIgnoreStartup: Mutant = {
  id: 'probes-ignore-startup',
  title: 'Liveness and readiness probes run while the startup probe is still pending',
  precedent: 'R3.4 (startup gating missing)',
  rules: (base) => ({ ...base, probeWaitsForStartup: () => false }),
};
