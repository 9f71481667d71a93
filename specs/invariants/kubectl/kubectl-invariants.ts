import type { Invariant } from '../../invariant.js';
import { initProgressMonotonic } from './init-progress-monotonic.js';
import { readyColumnMatchesContainersReady } from './ready-column-matches-containers-ready.js';
import { statusColumn } from './status-column.js';

/** The kubectl invariants, in catalogue order. */
export const kubectlInvariants: readonly Invariant[] = [statusColumn, initProgressMonotonic, readyColumnMatchesContainersReady];
