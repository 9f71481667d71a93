import type { Invariant } from '../../invariant.js';

/** The termination invariants, in catalogue order. */
export const terminationInvariants: readonly Invariant[] = [];
