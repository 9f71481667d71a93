import type { Invariant } from '../../invariant.js';
import { alwaysRestarted } from './always-restarted.js';
import { exitCodesIgnored } from './exit-codes-ignored.js';
import { noRestartAfterCompletion } from './no-restart-after-completion.js';
import { startOrder } from './start-order.js';
import { terminationOrder } from './termination-order.js';

/** The sidecar invariants, in catalogue order. */
export const sidecarsInvariants: readonly Invariant[] = [startOrder, alwaysRestarted, terminationOrder, exitCodesIgnored, noRestartAfterCompletion];
