import type { Invariant } from '../../invariant.js';
import { crashLoopBackOff } from './crash-loop-back-off.js';
import { failedContainersRestarted } from './failed-containers-restarted.js';
import { knownReasons } from './known-reasons.js';
import { lastStateIsPreviousInstance } from './last-state-is-previous-instance.js';
import { neverPolicyNoRestart } from './never-policy-no-restart.js';
import { noCrashLoopOnFirstExit } from './no-crash-loop-on-first-exit.js';
import { onFailureSuccessNotRestarted } from './on-failure-success-not-restarted.js';
import { restartCountIncrements } from './restart-count-increments.js';
import { restartCountMonotonic } from './restart-count-monotonic.js';

/** The restart invariants, in catalogue order. */
export const restartInvariants: readonly Invariant[] = [
  restartCountIncrements,
  crashLoopBackOff,
  restartCountMonotonic,
  neverPolicyNoRestart,
  onFailureSuccessNotRestarted,
  lastStateIsPreviousInstance,
  knownReasons,
  noCrashLoopOnFirstExit,
  failedContainersRestarted,
];
