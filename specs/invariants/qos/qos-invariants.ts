import type { Invariant } from '../../invariant.js';
import { classMatchesResources } from './class-matches-resources.js';

/** The QoS invariants, in catalogue order. */
export const qosInvariants: readonly Invariant[] = [classMatchesResources];
