import type { Invariant } from '../../invariant.js';
import { alwaysNeverSucceedsUnterminated } from './always-never-succeeds-unterminated.js';
import { deletedPhaseFollowsExitCodes } from './deleted-phase-follows-exit-codes.js';
import { deletedPodEndsTerminal } from './deleted-pod-ends-terminal.js';
import { failedInitUnderNeverFails } from './failed-init-under-never-fails.js';
import { legalTransitions } from './legal-transitions.js';
import { neverUnknown } from './never-unknown.js';
import { onFailureFailsOnlyWhenTerminated } from './on-failure-fails-only-when-terminated.js';
import { startsPending } from './starts-pending.js';
import { succeededMeansAllExitedZero } from './succeeded-means-all-exited-zero.js';
import { terminalForcesReadyFalse } from './terminal-forces-ready-false.js';
import { terminalIsAbsorbing } from './terminal-is-absorbing.js';
import { terminalMeansNothingRunning } from './terminal-means-nothing-running.js';
import { unstartedContainerMeansPending } from './unstarted-container-means-pending.js';

/** The phase invariants, in catalogue order. */
export const phaseInvariants: readonly Invariant[] = [
  terminalIsAbsorbing,
  neverUnknown,
  startsPending,
  legalTransitions,
  terminalMeansNothingRunning,
  terminalForcesReadyFalse,
  unstartedContainerMeansPending,
  succeededMeansAllExitedZero,
  alwaysNeverSucceedsUnterminated,
  onFailureFailsOnlyWhenTerminated,
  failedInitUnderNeverFails,
  deletedPodEndsTerminal,
  deletedPhaseFollowsExitCodes,
];
