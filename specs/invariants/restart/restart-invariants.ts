import type { Invariant } from '../../invariant.js';
import { crashLoopBackOff } from './crash-loop-back-off.js';
import { restartCountIncrements } from './restart-count-increments.js';

/** The restart invariants, in catalogue order. */
export const restartInvariants: readonly Invariant[] = [restartCountIncrements, crashLoopBackOff];
