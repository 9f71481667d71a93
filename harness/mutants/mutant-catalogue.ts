import { readyWhileContainerUnready, transitionTimeBumpedOnMessage } from './condition-mutants.js';
import { backoffNeverCapped, backoffNotApplied, initContainersInParallel, restartCountReset } from './container-mutants.js';
import type { Mutant } from './mutant.js';
import { deletedAlwaysPodEndsRunning, failedInitUnderNeverPending, phaseFailedRegardlessOfPolicy, sidecarExitCodeDecidesPhase, terminalPhaseReverts } from './phase-mutants.js';
import { probesIgnoreStartup, readinessFailureRestarts } from './probe-mutants.js';
import { preStopAfterSigterm, sidecarsStoppedInSpecOrder, sigkillBeforeGrace } from './termination-mutants.js';

/** Every mutant `podlife mutants` checks the catalogue against. */
export const MUTANTS: readonly Mutant[] = [
  terminalPhaseReverts,
  initContainersInParallel,
  failedInitUnderNeverPending,
  backoffNotApplied,
  backoffNeverCapped,
  readinessFailureRestarts,
  probesIgnoreStartup,
  preStopAfterSigterm,
  sigkillBeforeGrace,
  sidecarExitCodeDecidesPhase,
  sidecarsStoppedInSpecOrder,
  restartCountReset,
  readyWhileContainerUnready,
  transitionTimeBumpedOnMessage,
  deletedAlwaysPodEndsRunning,
  phaseFailedRegardlessOfPolicy,
];
