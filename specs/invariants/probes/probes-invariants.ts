import type { Invariant } from '../../invariant.js';

/** The probes invariants, in catalogue order. */
export const probesInvariants: readonly Invariant[] = [];
