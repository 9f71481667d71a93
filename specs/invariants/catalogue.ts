import type { Invariant } from '../invariant.js';
import { conditionsInvariants } from './conditions/conditions-invariants.js';
import { hooksInvariants } from './hooks/hooks-invariants.js';
import { initInvariants } from './init/init-invariants.js';
import { kubectlInvariants } from './kubectl/kubectl-invariants.js';
import { nodeInvariants } from './node/node-invariants.js';
import { phaseInvariants } from './phase/phase-invariants.js';
import { probesInvariants } from './probes/probes-invariants.js';
import { qosInvariants } from './qos/qos-invariants.js';
import { restartInvariants } from './restart/restart-invariants.js';
import { sidecarsInvariants } from './sidecars/sidecars-invariants.js';
import { terminationInvariants } from './termination/termination-invariants.js';

/** Every invariant podlife checks, grouped by topic (SEMANTICS.md sections). */
export const CATALOGUE: readonly Invariant[] = [
  ...phaseInvariants,
  ...initInvariants,
  ...sidecarsInvariants,
  ...probesInvariants,
  ...restartInvariants,
  ...terminationInvariants,
  ...hooksInvariants,
  ...conditionsInvariants,
  ...qosInvariants,
  ...nodeInvariants,
  ...kubectlInvariants,
];
