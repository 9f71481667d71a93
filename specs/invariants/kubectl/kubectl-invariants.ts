import type { Invariant } from '../../invariant.js';

/** The kubectl invariants, in catalogue order. */
export const kubectlInvariants: readonly Invariant[] = [];
