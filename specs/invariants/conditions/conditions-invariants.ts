import type { Invariant } from '../../invariant.js';

/** The conditions invariants, in catalogue order. */
export const conditionsInvariants: readonly Invariant[] = [];
