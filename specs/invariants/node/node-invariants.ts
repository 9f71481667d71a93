import type { Invariant } from '../../invariant.js';

/** The node invariants, in catalogue order. */
export const nodeInvariants: readonly Invariant[] = [];
