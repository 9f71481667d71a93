import type { Invariant } from '../../invariant.js';
import { failureThreshold } from './failure-threshold.js';
import { initialDelay } from './initial-delay.js';
import { livenessRestartsIffPolicy } from './liveness-restarts-iff-policy.js';
import { noneDuringPoststart } from './none-during-poststart.js';
import { notReadyBeforeFirstSuccess } from './not-ready-before-first-success.js';
import { onlyRunningInstances } from './only-running-instances.js';
import { probePeriod } from './probe-period.js';
import { readinessNeverRestarts } from './readiness-never-restarts.js';
import { readyWithoutReadinessProbe } from './ready-without-readiness-probe.js';
import { startupGatesOtherProbes } from './startup-gates-other-probes.js';
import { successThreshold } from './success-threshold.js';

/** The probes invariants, in catalogue order. */
export const probesInvariants: readonly Invariant[] = [
  startupGatesOtherProbes,
  readinessNeverRestarts,
  livenessRestartsIffPolicy,
  failureThreshold,
  successThreshold,
  initialDelay,
  probePeriod,
  notReadyBeforeFirstSuccess,
  readyWithoutReadinessProbe,
  onlyRunningInstances,
  noneDuringPoststart,
];
