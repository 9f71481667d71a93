import type { Invariant } from '../../invariant.js';

/** The sidecars invariants, in catalogue order. */
export const sidecarsInvariants: readonly Invariant[] = [];
