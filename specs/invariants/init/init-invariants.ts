import type { Invariant } from '../../invariant.js';
import { appAfterInit } from './app-after-init.js';
import { failureUnderNeverStops } from './failure-under-never-stops.js';
import { initializedStaysTrue } from './initialized-stays-true.js';
import { notRerunAfterInit } from './not-rerun-after-init.js';
import { sequential } from './sequential.js';

/** The init container invariants, in catalogue order. */
export const initInvariants: readonly Invariant[] = [sequential, appAfterInit, failureUnderNeverStops, notRerunAfterInit, initializedStaysTrue];
