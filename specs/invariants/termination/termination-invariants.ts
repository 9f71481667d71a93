import type { Invariant } from '../../invariant.js';
import { deadlineFailsPod } from './deadline-fails-pod.js';
import { forceDeleteWindow } from './force-delete-window.js';
import { graceOnlyShrinks } from './grace-only-shrinks.js';
import { minimumStopWindow } from './minimum-stop-window.js';
import { noStartAfterDeletion } from './no-start-after-deletion.js';
import { prestopBeforeSigterm } from './prestop-before-sigterm.js';
import { prestopOnlyRunning } from './prestop-only-running.js';
import { removalAfterTerminal } from './removal-after-terminal.js';
import { sigkillNotBeforeGrace } from './sigkill-not-before-grace.js';
import { terminalAfterContainersStopped } from './terminal-after-containers-stopped.js';

/** The termination invariants, in catalogue order. */
export const terminationInvariants: readonly Invariant[] = [
  noStartAfterDeletion,
  prestopBeforeSigterm,
  minimumStopWindow,
  sigkillNotBeforeGrace,
  graceOnlyShrinks,
  removalAfterTerminal,
  prestopOnlyRunning,
  deadlineFailsPod,
  forceDeleteWindow,
  terminalAfterContainersStopped,
];
