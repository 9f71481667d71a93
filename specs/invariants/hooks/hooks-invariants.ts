import type { Invariant } from '../../invariant.js';

/** The hooks invariants, in catalogue order. */
export const hooksInvariants: readonly Invariant[] = [];
