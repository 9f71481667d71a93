import type { Invariant } from '../../invariant.js';
import { terminalIsAbsorbing } from './terminal-is-absorbing.js';

/** The phase invariants, in catalogue order. */
export const phaseInvariants: readonly Invariant[] = [terminalIsAbsorbing];
