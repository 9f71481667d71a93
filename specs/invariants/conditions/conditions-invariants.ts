import type { Invariant } from '../../invariant.js';
import { containersReadyMeansAllReady } from './containers-ready-means-all-ready.js';
import { initReadyMeansCompleted } from './init-ready-means-completed.js';
import { initializedReason } from './initialized-reason.js';
import { podScheduledTrue } from './pod-scheduled-true.js';
import { qosClassFixed } from './qos-class-fixed.js';
import { readyImpliesContainersReady } from './ready-implies-containers-ready.js';
import { readyImpliesStartedRunning } from './ready-implies-started-running.js';
import { readyMirrorsContainersReady } from './ready-mirrors-containers-ready.js';
import { startTimeFixed } from './start-time-fixed.js';
import { transitionTimeOnStatusChange } from './transition-time-on-status-change.js';

/** The condition and status-field invariants, in catalogue order. */
export const conditionsInvariants: readonly Invariant[] = [
  readyImpliesContainersReady,
  containersReadyMeansAllReady,
  readyMirrorsContainersReady,
  transitionTimeOnStatusChange,
  startTimeFixed,
  qosClassFixed,
  readyImpliesStartedRunning,
  initReadyMeansCompleted,
  podScheduledTrue,
  initializedReason,
];
