import type { Invariant } from '../../invariant.js';
import { evictionAfterToleration } from './eviction-after-toleration.js';
import { phaseUnchangedWhileUnreachable } from './phase-unchanged-while-unreachable.js';
import { readyFalseAfterGrace } from './ready-false-after-grace.js';
import { rebootReinitializes } from './reboot-reinitializes.js';

/** The node invariants, in catalogue order. */
export const nodeInvariants: readonly Invariant[] = [phaseUnchangedWhileUnreachable, readyFalseAfterGrace, evictionAfterToleration, rebootReinitializes];
