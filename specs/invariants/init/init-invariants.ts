import type { Invariant } from '../../invariant.js';

/** The init invariants, in catalogue order. */
export const initInvariants: readonly Invariant[] = [];
