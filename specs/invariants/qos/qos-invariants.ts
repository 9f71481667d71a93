import type { Invariant } from '../../invariant.js';

/** The qos invariants, in catalogue order. */
export const qosInvariants: readonly Invariant[] = [];
