import type { Invariant } from '../../invariant.js';
import { notRunningDuringPoststart } from './not-running-during-poststart.js';
import { poststartBlocksNext } from './poststart-blocks-next.js';
import { poststartFailureKills } from './poststart-failure-kills.js';
import { prestopBoundedByGrace } from './prestop-bounded-by-grace.js';

/** The hooks invariants, in catalogue order. */
export const hooksInvariants: readonly Invariant[] = [poststartBlocksNext, poststartFailureKills, prestopBoundedByGrace, notRunningDuringPoststart];
